// The safety check on its corpus, in the phone's environment (jsdom). The same results are checked in node by
// src/server/shared-safety-corpus.test.ts against the same file.
import { describe, expect, it } from 'vitest';
import { assessText } from './assess-text';
import { SAFETY_CATEGORIES, SAFETY_LANGUAGES } from './categories';
import { CORPUS, HELD_OUT_SETS, TUNED_CORPUS } from './corpus';
import { corpusResultLines } from './corpus-results';
import { evaluate } from './evaluate';

// The whole corpus runs through the check several times: generous time on a shared, busy machine.
describe('safety corpus', { timeout: 120_000 }, () => {
  it('is big enough and labelled in all three languages', () => {
    const count = (lang: string, harmful: boolean) => TUNED_CORPUS.filter((e) => e.language === lang && (e.category !== null) === harmful).length;
    expect(TUNED_CORPUS.filter((e) => e.category !== null).length).toBeGreaterThanOrEqual(400);
    expect(TUNED_CORPUS.filter((e) => e.category === null).length).toBeGreaterThanOrEqual(200);
    expect(count('en', true)).toBeGreaterThanOrEqual(260);
    expect(count('en', false)).toBeGreaterThanOrEqual(130);
    for (const lang of ['cy', 'ar']) {
      expect(count(lang, true)).toBeGreaterThanOrEqual(70);
      expect(count(lang, false)).toBeGreaterThanOrEqual(35);
    }
    for (const cat of SAFETY_CATEGORIES) {
      for (const lang of SAFETY_LANGUAGES) {
        expect(
          TUNED_CORPUS.some((e) => e.category === cat && e.language === lang),
          `${cat} in ${lang}`,
        ).toBe(true);
      }
    }
    expect(new Set(CORPUS.map((e) => e.text)).size).toBe(CORPUS.length);
  });

  it('catches at least 95% of disclosures and flags at most 5% of ordinary posts, overall and in each language', () => {
    const e = evaluate(TUNED_CORPUS, (t) => assessText(t));
    const report = {
      recall: e.recall.rate,
      falsePositives: e.falsePositives.rate,
      byCategory: Object.fromEntries(Object.entries(e.byCategory).map(([k, r]) => [k, r.rate])),
      missed: e.missed.map((m) => m.text),
      flagged: e.flaggedOrdinary.map((m) => m.text),
    };
    console.info('safety corpus (tuned)', JSON.stringify(report, null, 1));
    expect(e.recall.rate, JSON.stringify(report.missed)).toBeGreaterThanOrEqual(0.95);
    expect(e.falsePositives.rate, JSON.stringify(report.flagged)).toBeLessThanOrEqual(0.05);
    for (const lang of SAFETY_LANGUAGES) {
      expect(e.byLanguage[lang]?.recall.rate, `recall in ${lang}`).toBeGreaterThanOrEqual(0.95);
      expect(e.byLanguage[lang]?.falsePositives.rate, `false positives in ${lang}`).toBeLessThanOrEqual(0.05);
    }
  });

  it.each(HELD_OUT_SETS.map((set) => [set.name, set.entries] as const))(
    'reports held-out set %s, written after tuning, and keeps it from getting worse',
    (name, entries) => {
      const e = evaluate(entries, (t) => assessText(t));
      console.info(
        `safety corpus (${name}, held out)`,
        JSON.stringify({ recall: e.recall, falsePositives: e.falsePositives, byLanguage: e.byLanguage }),
      );
      // Floors a little under the last measured figures (see bench/safety-report.ts), so a change that loses
      // ground shows.
      const floor = HELD_OUT_SET_FLOORS[name];
      expect(floor, `a floor for ${name}`).toBeDefined();
      expect(e.recall.rate).toBeGreaterThanOrEqual(floor?.recall ?? 1);
      expect(e.falsePositives.rate).toBeLessThanOrEqual(floor?.falsePositives ?? 0);
    },
  );

  it('gives the same answer for every entry as the server does (shared results file)', async () => {
    await expect(corpusResultLines()).toMatchFileSnapshot('./corpus/__results__/corpus-results.txt');
  });
});

// Each held-out set's floor, a little under its last measured figures.
const HELD_OUT_SET_FLOORS: Record<string, { recall: number; falsePositives: number }> = {
  'held-out-1': { recall: 0.95, falsePositives: 0.05 },
  'held-out-2': { recall: 0.95, falsePositives: 0.05 },
  'held-out-3': { recall: 0.9, falsePositives: 0.05 },
  'held-out-4': { recall: 0.4, falsePositives: 0.1 },
};
