// Turns what a young person typed into the plain word forms the safety lexicon is written in, so that tricks
// (invisible characters, look-alike letters, leetspeak, s-p-a-c-e-d letters) and ordinary variation (accents,
// Arabic diacritics and letter variants, repeated letters) do not hide a disclosure. Pure string work: the same
// on the phone and on the server.
import { confusableBase } from './confusables-fold';

// Invisible and formatting characters: every format character (zero-width space/joiner/non-joiner, word joiner,
// soft hyphen, bidi marks and isolates, BOM, Arabic letter mark...), variation selectors, the combining grapheme
// joiner and the Hangul/Mongolian fillers that render as nothing.
const INVISIBLE = /\p{Cf}|\p{Variation_Selector}|\u034F|\u17B4|\u17B5|[\u115F\u1160\u3164\uFFA0]/gu;

// Arabic script is kept as Arabic (the confusables table would turn some Arabic letters into Latin look-alikes).
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;
const ARABIC_FOLDS: ReadonlyArray<[RegExp, string]> = [
  [/\u0640/g, ''], // tatweel (kashida), used to stretch words
  [/[\u0622\u0623\u0625\u0671\u0672\u0673\u0624\u0626\u0621]/g, '\u0627'], // hamza carriers and alef variants → ا
  [/[\u0649\u06CC\u06D2]/g, '\u064A'], // alef maqsura, Persian/Urdu yeh → ي
  [/\u0629/g, '\u0647'], // teh marbuta → ه
  [/[\u06A9\u06AA]/g, '\u0643'], // keheh → ك
  [/[\u06BE\u06C1\u06D5]/g, '\u0647'], // other heh forms → ه
];
const MARKS = /\p{M}/gu; // combining marks: Latin accents and Arabic harakat, shadda, sukun, superscript alef

// Leetspeak, only inside a word that also has letters (so "I am 14" and "14yo" keep their numbers).
const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '9': 'g',
  '@': 'a',
  $: 's',
  '€': 'e',
  '!': 'i',
  '|': 'l',
  '+': 't',
};
// Symbols that are only letters when letters stand on both sides ("k!ll" but not "help!").
const INNER_ONLY = new Set(['!', '|', '+']);
const WORD_RUN = /[\p{L}\p{N}@$€!|+]+/gu;
const LATIN_LETTER = /[a-z]/;

// Characters people put between letters to break a word up: s-e-l-f, s.e.l.f, s_e_l_f, s*e*l*f, s/e/l/f.
const JOINERS = /[-_.·•*~/\\=,:;]+/;
/** A chunk of only lower-case a–z and digits: one word, with nothing to split. */
const PLAIN_WORD = /^[a-z0-9]+$/;
const APOSTROPHES = /(?<=\p{L})['\u2018\u2019\u02BC\u0060\u00B4](?=\p{L})/gu;

/** Folds one character that is not ASCII and not Arabic through the confusables table. */
function foldConfusable(ch: string): string {
  if (ch.charCodeAt(0) < 0x80 || ARABIC.test(ch)) return ch;
  return confusableBase(ch) ?? ch;
}

// Printable ASCII (most posts): no normal form, invisible character, Arabic letter, look-alike or mark can change it.
const ASCII = /^[ -~\t\n\r]*$/;

/** Unicode and script folding: everything before words are found. */
function foldCharacters(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase().replace(APOSTROPHES, '');
  let s = text.normalize('NFKC').replace(INVISIBLE, '');
  for (const [pattern, to] of ARABIC_FOLDS) s = s.replace(pattern, to);
  s = Array.from(s, foldConfusable).join('');
  return s.toLowerCase().normalize('NFD').replace(MARKS, '').replace(APOSTROPHES, '');
}

// Numbers with a unit or ending are not leetspeak: "14yo", "2nd", "5pm", "90s", "10k".
const NUMBER_WITH_UNIT = /^(\d*1st|\d*2nd|\d*3rd|\d+th|\d+(s|yo|yr|yrs|y|am|pm|k|m|p|x|kg|cm|mm|km|mph|mins|min|h|hr|hrs|gb|mb|ft|in|lb|lbs))$/;

function deLeet(run: string, one: 'i' | 'l'): string {
  if (!LATIN_LETTER.test(run) || NUMBER_WITH_UNIT.test(run)) return run;
  const chars = Array.from(run);
  return chars
    .map((ch, i) => {
      const to = ch === '1' || ch === '!' ? one : LEET[ch];
      if (!to) return ch;
      const before = chars[i - 1];
      const after = chars[i + 1];
      const letterBefore = before !== undefined && /\p{L}/u.test(before);
      const letterAfter = after !== undefined && /\p{L}/u.test(after);
      // Symbols that are also punctuation ("help!", "a|b") only count between letters.
      if (INNER_ONLY.has(ch)) return letterBefore && letterAfter ? to : ch;
      return to;
    })
    .join('');
}

/** Collapses repeated letters ("hurrrts" → "hurts", "kill" → "kil"): the lexicon is compared in the same form. */
export function skeleton(word: string): string {
  // Most words have no letter twice in a row: those are answered without a regular expression (every word of every
  // post passes here). A pair of UTF-16 halves (an emoji) is left to the expression, which compares whole characters.
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === word.charCodeAt(i - 1) || (c >= 0xd800 && c <= 0xdfff)) return word.replace(/(.)\1+/gu, '$1');
  }
  return word;
}

const isSingleLetter = (w: string) => w.length === 1 && /\p{L}/u.test(w);

/**
 * Splits a chunk broken up by joiners: single letters in a row are one word (s-e-l-f → self), anything longer
 * is its own word (self-harm → self harm, he_hits_me → he hits me).
 */
function splitJoined(chunk: string, joined: Set<number>, out: string[], glue: boolean): void {
  const parts = chunk.split(JOINERS).filter((p) => p.length > 0);
  if (glue && parts.length > 1) {
    // The other reading: the joiners were inside one word ("sui-cide", "kill_myself" → "killmyself").
    joined.add(out.length);
    out.push(parts.join(''));
    return;
  }
  let letters = '';
  for (const part of parts) {
    if (isSingleLetter(part) && parts.length > 1) {
      letters += part;
    } else {
      pushLetters(letters, joined, out);
      letters = '';
      out.push(part);
    }
  }
  pushLetters(letters, joined, out);
}

/**
 * Single letters gathered in a row, as one word (splitJoined). A function of its own, not a closure made on every
 * call: this runs for every word of every post the server checks.
 */
function pushLetters(letters: string, joined: Set<number>, out: string[]): void {
  if (letters.length === 0) return;
  if (letters.length > 1) joined.add(out.length);
  out.push(letters);
}

export interface SafetyTokens {
  /** Word forms in order, each a skeleton (repeated letters collapsed). */
  words: string[];
  /** The same words before repeated letters were collapsed, to show staff what matched. */
  display: string[];
  /** Indexes of words that were spelled out letter by letter (they may hide several words). */
  joined: Set<number>;
}

function tokensWith(folded: string, one: 'i' | 'l', glue = false): SafetyTokens {
  const deLeeted = folded.replace(WORD_RUN, (run) => deLeet(run, one));
  const raw: string[] = [];
  const joined = new Set<number>();
  for (const chunk of deLeeted.split(/\s+/)) {
    if (chunk.length === 0) continue;
    // Plain lower-case letters and digits, the usual word, are one word as they are (what the split below would make).
    if (PLAIN_WORD.test(chunk)) {
      raw.push(chunk);
      continue;
    }
    // Anything that is not a letter or digit and not a joiner separates words too ("me!", "(joke)").
    for (const piece of chunk.split(/[^\p{L}\p{N}\-_.·•*~/\\=,:;]+/u)) {
      if (piece.length > 0) splitJoined(piece, joined, raw, glue);
    }
  }
  // Words spelled with spaces between letters: "s e l f h a r m" → "selfharm" (three or more single letters).
  const words: string[] = [];
  const joinedOut = new Set<number>();
  for (let i = 0; i < raw.length;) {
    let j = i;
    while (j < raw.length && isSingleLetter(raw[j] ?? '')) j++;
    if (j - i >= 3) {
      joinedOut.add(words.length);
      words.push(raw.slice(i, j).join(''));
      i = j;
    } else {
      if (joined.has(i)) joinedOut.add(words.length);
      words.push(raw[i] ?? '');
      i++;
    }
  }
  return { words: words.map(skeleton), display: words, joined: joinedOut };
}

/**
 * The token forms of a text: leetspeak 1/! read as "i"; when it makes a difference, also read as "l" (k1ll, ki11)
 * and words broken by joiners also read as one word ("sui-cide"). The matcher tries every form.
 */
export function safetyTokenForms(text: string): SafetyTokens[] {
  const folded = foldCharacters(text);
  const forms = [tokensWith(folded, 'i')];
  if (/[1!]/.test(folded)) forms.push(tokensWith(folded, 'l'));
  if (JOINERS.test(folded)) forms.push(tokensWith(folded, 'i', true));
  const seen = new Set<string>();
  return forms.filter((f) => {
    const key = f.words.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The form the safety check compares: lower case, look-alikes and leetspeak folded, invisible characters and
 * accents/harakat removed, Arabic letter variants unified, spelled-out letters joined, repeated letters collapsed,
 * words separated by single spaces. For example "Ѕ-Е-L-F h@rrrm" → "self harm" and "k1lll" → "kil".
 */
export function normaliseForSafety(text: string): string {
  const [first] = safetyTokenForms(text);
  return first ? first.words.join(' ') : '';
}
