import type { CorpusEntry } from './types';
export const AR_HARM: CorpusEntry[] = [];
export const AR_ORDINARY: CorpusEntry[] = [];
