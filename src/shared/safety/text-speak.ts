// Text-speak and dropped letters, read as the words the lexicon is written in: "u" is "you", "n" is "and",
// "cos" is "because", "hell" may be "he'll", "cuttin" is "cutting"; filler words ("just", "literally", "tbh")
// are left out, so they do not push apart words a pattern expects close together. Tried as one more reading of a text (the plain
// reading is always tried too), so "hell no" still reads as itself.
// Keys and values are in skeleton form (repeated letters collapsed), as the matcher compares words.
const TEXT_SPEAK: Readonly<Record<string, string>> = {
  u: 'you',
  ur: 'your',
  n: 'and',
  wen: 'when',
  wiv: 'with',
  wid: 'with',
  cos: 'because',
  coz: 'because',
  cuz: 'because',
  bc: 'because',
  becos: 'because',
  hel: 'he wil',
  shel: 'she wil',
  theyl: 'they wil',
  dnt: 'dont',
  aftr: 'after',
  r: 'are',
  ppl: 'people',
  somei: 'someone',
  sumone: 'someone',
  evry: 'every',
  gna: 'gona',
  nite: 'night',
  tonite: 'tonight',
  dat: 'that',
  fink: 'think',
  nufin: 'nothing',
  nothin: 'nothing',
  sumthin: 'something',
  tryna: 'trying to',
  // Fillers: left out.
  just: '',
  jus: '',
  literaly: '',
  honestly: '',
  actualy: '',
  basicaly: '',
  kinda: '',
  lowkey: '',
  tbh: '',
  ngl: '',
  lol: '',
  lmao: '',
  realy: '',
  rly: '',
  like: '',
  hav: 'have',
  av: 'have',
  wat: 'what',
  wot: 'what',
  bout: 'about',
  abt: 'about',
};

/**
 * The words again with text-speak spelled out and "-in" endings read as "-ing" where the lexicon knows the "-ing"
 * word, or null when nothing changes.
 */
export function textSpeakWords(words: readonly string[], vocabulary: ReadonlySet<string>): string[] | null {
  let changed = false;
  const out: string[] = [];
  for (const w of words) {
    // Own keys only: a word such as "constructor" or "__proto__" must not find Object.prototype's members.
    const full = Object.hasOwn(TEXT_SPEAK, w) ? TEXT_SPEAK[w] : undefined;
    if (full !== undefined && full !== w) {
      if (full.length > 0) out.push(...full.split(' '));
      changed = true;
    } else if (w.length >= 4 && w.endsWith('in') && !vocabulary.has(w) && vocabulary.has(`${w}g`)) {
      out.push(`${w}g`);
      changed = true;
    } else {
      out.push(w);
    }
  }
  return changed ? out : null;
}
