// The whole corpus: tuned entries, then the held-out entries written last.
import { AR_HARM, AR_ORDINARY } from './ar';
import { CY_HARM, CY_ORDINARY } from './cy';
import { EN_EVASIONS, EN_HARM, EN_ORDINARY } from './en';
import { HELD_OUT } from './held-out';
import { SECOND_ROUND } from './second-round';
import { THIRD_ROUND } from './third-round';
import { FOURTH_ROUND } from './fourth-round';
import type { CorpusEntry } from './types';

export const TUNED_CORPUS: readonly CorpusEntry[] = [...EN_HARM, ...EN_EVASIONS, ...EN_ORDINARY, ...CY_HARM, ...CY_ORDINARY, ...AR_HARM, ...AR_ORDINARY, ...SECOND_ROUND, ...THIRD_ROUND, ...FOURTH_ROUND];
export const CORPUS: readonly CorpusEntry[] = [...TUNED_CORPUS, ...HELD_OUT];
export type { CorpusEntry } from './types';
