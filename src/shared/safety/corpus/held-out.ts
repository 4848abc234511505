import type { CorpusEntry } from './types';
export const HELD_OUT: CorpusEntry[] = [];
