// Held-out corpus: written last, after the lexicon was tuned, and never used to tune it. Its recall is reported
// separately as an honest estimate of how the check does on phrasings nobody wrote down. Do not add words to the
// lexicon to make these pass; move them to the tuned corpus and write new held-out entries instead.
import type { SafetyCategory, SafetyLanguage } from '../categories';
import type { CorpusEntry } from './types';

function held(language: SafetyLanguage, category: SafetyCategory | null, texts: readonly string[]): CorpusEntry[] {
  return texts.map((text) => ({ text, language, category, heldOut: true }));
}

export const HELD_OUT: CorpusEntry[] = [...held('en', null, [])];
