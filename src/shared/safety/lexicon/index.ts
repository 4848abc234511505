// Heard's own safety word lists, one module per language (data only; compiled by ../matcher.ts).
import { ar } from './ar';
import { cy } from './cy';
import { en } from './en';
import type { Lexicon } from './types';

export const LEXICONS: readonly Lexicon[] = [en, cy, ar];
export type { Lexicon, LexiconRule } from './types';
