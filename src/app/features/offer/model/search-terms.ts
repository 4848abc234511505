// How the offer's words are made into search terms, in the language being searched, so that word endings, Welsh
// mutations and Arabic spelling variants meet: the same function runs on the items' words and on what is typed.
// Light on purpose (a few rules each): the search's typo tolerance and prefix matching do the rest.

/** English: lower case, then one common ending taken off ("allowances", "allowence" → "allow"; "homes" → "hom"). */
const ENGLISH_ENDINGS: ReadonlyArray<[string, string]> = [
  ['ations', ''],
  ['ation', ''],
  ['ances', ''],
  ['ences', ''],
  ['ance', ''],
  ['ence', ''],
  ['ments', ''],
  ['ment', ''],
  ['ings', ''],
  ['ing', ''],
  ['ies', 'y'],
  ['ied', 'y'],
  ['es', ''],
  ['ed', ''],
  ['ly', ''],
  ['s', ''],
  ['e', ''],
];

export function englishTerm(word: string): string {
  const w = word.toLowerCase();
  if (w.length <= 3 || /\d/.test(w)) return w;
  for (const [end, put] of ENGLISH_ENDINGS) {
    // "ss" is not a plural ("address"), and a stem keeps at least three letters.
    if (end === 's' && w.endsWith('ss')) continue;
    if (w.endsWith(end) && w.length - end.length >= 3) return w.slice(0, -end.length) + put;
  }
  return w;
}

/**
 * Welsh: lower case, and the first letters that mutation changes brought to one form per family, so "pres" (money),
 * "bres", "mhres" and "phres" meet: lips p b f m mh ph → p; t d dd n nh th → t; c g ng ngh ch → c; ll → l; rh → r;
 * an h put before a vowel goes. (A soft-mutated g, which drops, is left to the typo tolerance.)
 */
const WELSH_FIRST: ReadonlyArray<[RegExp, string]> = [
  [/^ngh/, 'c'],
  [/^(mh|ph)/, 'p'],
  [/^(nh|th|dd)/, 't'],
  [/^(ng|ch)/, 'c'],
  [/^ll/, 'l'],
  [/^rh/, 'r'],
  [/^ff/, 'ff'],
  [/^[bfm]/, 'p'],
  [/^[dn]/, 't'],
  [/^g/, 'c'],
  [/^h(?=[aeiouwyâêîôûŵŷ])/, ''],
];

export function welshTerm(word: string): string {
  const w = word.toLowerCase();
  if (w.length < 3) return w;
  for (const [first, put] of WELSH_FIRST) if (first.test(w)) return w.replace(first, put);
  return w;
}

/**
 * Arabic: the short-vowel marks and the stretching stroke (tatweel) taken away; أ إ آ ٱ written as ا, ى as ي, ة as ه;
 * the definite article ال (also after و ب ك ف, and لل) taken off the front of a word long enough to keep a stem.
 */
export function arabicTerm(word: string): string {
  const w = word
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه');
  for (const article of ['وال', 'بال', 'كال', 'فال', 'لل', 'ال']) {
    if (w.startsWith(article) && w.length - article.length >= 2) return w.slice(article.length);
  }
  return w;
}

/** The term function for a language ('en' for anything else, after lower-casing). */
export function termFor(language: string): (word: string) => string {
  const base = language.split('-')[0];
  if (base === 'cy') return welshTerm;
  if (base === 'ar') return arabicTerm;
  return englishTerm;
}
