// Recall and false-positive rate of a safety check on a labelled corpus, overall, per language and per category.
// Used by the corpus tests and by bench/safety-report.ts (which also runs the old check for "before" figures).
import { SAFETY_CATEGORIES, SAFETY_LANGUAGES } from './categories';
import type { CorpusEntry } from './corpus/types';

export interface Rate {
  hits: number;
  total: number;
  /** hits / total, 0..1 (1 when there is nothing to count). */
  rate: number;
}

export interface Evaluation {
  recall: Rate;
  falsePositives: Rate;
  /** Ordinary posts given any doubt (a moderator would be asked to confirm): not a flag, but noise. */
  doubtOnOrdinary: Rate;
  /** Disclosures given any doubt: caught, or at least a moderator must confirm before approving. */
  doubtOnHarm: Rate;
  byLanguage: Record<string, { recall: Rate; falsePositives: Rate }>;
  byCategory: Record<string, Rate>;
  missed: CorpusEntry[];
  flaggedOrdinary: CorpusEntry[];
}

const rate = (hits: number, total: number): Rate => ({ hits, total, rate: total === 0 ? 1 : hits / total });

export interface CheckResult {
  disclosure: boolean;
  doubt?: 'none' | 'possible' | 'likely';
}

export function evaluate(corpus: readonly CorpusEntry[], check: (text: string) => CheckResult): Evaluation {
  const results = corpus.map((entry) => ({ entry, result: check(entry.text) }));
  const harmful = results.filter((r) => r.entry.category !== null);
  const ordinary = results.filter((r) => r.entry.category === null);
  const caught = (rs: typeof results) => rs.filter((r) => r.result.disclosure).length;
  const byLanguage: Evaluation['byLanguage'] = {};
  for (const lang of SAFETY_LANGUAGES) {
    const h = harmful.filter((r) => r.entry.language === lang);
    const o = ordinary.filter((r) => r.entry.language === lang);
    byLanguage[lang] = { recall: rate(caught(h), h.length), falsePositives: rate(caught(o), o.length) };
  }
  const byCategory: Evaluation['byCategory'] = {};
  for (const cat of SAFETY_CATEGORIES) {
    const h = harmful.filter((r) => r.entry.category === cat);
    byCategory[cat] = rate(caught(h), h.length);
  }
  return {
    recall: rate(caught(harmful), harmful.length),
    falsePositives: rate(caught(ordinary), ordinary.length),
    doubtOnOrdinary: rate(ordinary.filter((r) => (r.result.doubt ?? 'none') !== 'none').length, ordinary.length),
    doubtOnHarm: rate(harmful.filter((r) => r.result.disclosure || (r.result.doubt ?? 'none') !== 'none').length, harmful.length),
    byLanguage,
    byCategory,
    missed: harmful.filter((r) => !r.result.disclosure).map((r) => r.entry),
    flaggedOrdinary: ordinary.filter((r) => r.result.disclosure).map((r) => r.entry),
  };
}
