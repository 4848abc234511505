import type { CorpusEntry } from './types';
export const CY_HARM: CorpusEntry[] = [];
export const CY_ORDINARY: CorpusEntry[] = [];
