// Welsh initial mutations: a Welsh word changes its first sound after certain words ("brifo" → "fy mrifo",
// "ei frifo"; "taro" → "fy nharo", "ei daro", "ei tharo"). The lexicon is written in the radical (dictionary) form
// and each word is also matched in its soft, nasal and aspirate forms.

// Longest initials first, so "ll" and "rh" are not read as "l" and "r".
const MUTATIONS: ReadonlyArray<[string, readonly string[]]> = [
  ['ll', ['l']],
  ['rh', ['r']],
  ['ch', []],
  ['ff', []],
  ['ph', []],
  ['th', []],
  ['dd', []],
  ['ng', []],
  ['p', ['b', 'mh', 'ph']],
  ['t', ['d', 'nh', 'th']],
  ['c', ['g', 'ngh', 'ch']],
  ['b', ['f', 'm']],
  ['d', ['dd', 'n']],
  ['g', ['', 'ng']],
  ['m', ['f']],
];

/** The radical and its mutated forms. Short words only take the changes that cannot turn them into other words. */
export function welshMutations(word: string): string[] {
  if (word.length === 0 || word.startsWith('*') || word.startsWith('$')) return [word];
  const forms = new Set([word]);
  for (const [initial, replacements] of MUTATIONS) {
    if (!word.startsWith(initial)) continue;
    const rest = word.slice(initial.length);
    for (const r of replacements) {
      // Dropping the g of a short word makes another word ("gan" → "an"), so only longer words lose it.
      if (r === '' && word.length < 5) continue;
      forms.add(r + rest);
    }
    return [...forms];
  }
  // Aspirate h before a vowel ("ei hofn"); short words are left alone ("un" is not "hun").
  if (/^[aeiouwyâêîôûŵŷ]/.test(word) && word.length >= 4) forms.add(`h${word}`);
  return [...forms];
}
