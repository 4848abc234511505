// The whole corpus: the entries the lexicon was built and widened with (each later round first written to test it
// on wording it had not seen), then the held-out entries written last and never tuned on.
import { AR_HARM, AR_ORDINARY } from './ar';
import { CY_HARM, CY_ORDINARY } from './cy';
import { EIGHTH_ROUND } from './eighth-round';
import { ELEVENTH_ROUND } from './eleventh-round';
import { EN_EVASIONS, EN_HARM, EN_ORDINARY } from './en';
import { FIFTH_ROUND } from './fifth-round';
import { FOURTH_ROUND } from './fourth-round';
import { HELD_OUT } from './held-out';
import { HELD_OUT_2 } from './held-out-2';
import { HELD_OUT_3 } from './held-out-3';
import { HELD_OUT_4 } from './held-out-4';
import { NINTH_ROUND } from './ninth-round';
import { SECOND_ROUND } from './second-round';
import { SEVENTH_ROUND } from './seventh-round';
import { SIXTH_ROUND } from './sixth-round';
import { TENTH_ROUND } from './tenth-round';
import { THIRD_ROUND } from './third-round';
import { TWELFTH_ROUND } from './twelfth-round';
import type { CorpusEntry } from './types';

export const TUNED_CORPUS: readonly CorpusEntry[] = [
  ...EN_HARM,
  ...EN_EVASIONS,
  ...EN_ORDINARY,
  ...CY_HARM,
  ...CY_ORDINARY,
  ...AR_HARM,
  ...AR_ORDINARY,
  ...SECOND_ROUND,
  ...THIRD_ROUND,
  ...FOURTH_ROUND,
  ...FIFTH_ROUND,
  ...SIXTH_ROUND,
  ...SEVENTH_ROUND,
  ...EIGHTH_ROUND,
  ...NINTH_ROUND,
  ...TENTH_ROUND,
  ...ELEVENTH_ROUND,
  ...TWELFTH_ROUND,
];
export const CORPUS: readonly CorpusEntry[] = [...TUNED_CORPUS, ...HELD_OUT, ...HELD_OUT_2, ...HELD_OUT_3, ...HELD_OUT_4];

/** The held-out entries by set, in the order they were written. */
export const HELD_OUT_SETS: readonly { name: string; entries: readonly CorpusEntry[] }[] = [
  { name: 'held-out-1', entries: HELD_OUT },
  { name: 'held-out-2', entries: HELD_OUT_2 },
  { name: 'held-out-3', entries: HELD_OUT_3 },
  { name: 'held-out-4', entries: HELD_OUT_4 },
];
export type { CorpusEntry } from './types';
