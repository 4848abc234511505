// The safety check's test corpus: things young people might write, each labelled. Data only.
import type { SafetyCategory, SafetyLanguage } from '../categories';

export interface CorpusEntry {
  text: string;
  language: SafetyLanguage;
  /** The kind of harm it discloses, or null for an ordinary post that must not be flagged. */
  category: SafetyCategory | null;
  /** Written after the lexicon was tuned and never used to tune it: an honest estimate for unseen phrasings. */
  heldOut?: boolean;
  /** Which held-out set (each written at a different time); the first set has none. */
  heldOutSet?: string;
}

export function harm(language: SafetyLanguage, category: SafetyCategory, texts: readonly string[]): CorpusEntry[] {
  return texts.map((text) => ({ text, language, category }));
}

export function ordinary(language: SafetyLanguage, texts: readonly string[]): CorpusEntry[] {
  return texts.map((text) => ({ text, language, category: null }));
}
