// Demoshire's demo "How's life?" results (asked for, as `npm start` does): what the results page shows — bright spots,
// areas to improve, suppressed cells, the small 4–7 band flagged under 30% — from responses stored as a phone's are,
// with the care population and IRO tallies; added once, to a new demo or at an old demo's next start, never twice.
// Runs on SQLite and PostgreSQL.
import { beforeAll, expect, it } from 'vitest';
import { DEMO_COUNCIL_ID, DEMO_STAFF, seedDemo, topUpDemo } from '../../src/server/db/seed';
import { DEMO_BANDS, DEMO_ROUND_MONTHS, seedDemoSurveyResults } from '../../src/server/features/surveys/demo-results';
import { DEMO_TEXTS } from '../../src/server/features/surveys/demo-answers';
import { REDACTED } from '../../src/shared/safety/personal-details';
import { DEFAULT_ROUND } from '../../src/shared/survey/defaults/index';
import { LOW_RESPONSE_RATE, SUPPRESS_UNDER, surveyResultsSchema, type SurveyResults } from '../../src/shared/survey/results';
import { describeOnDatabases, type ApiEnv } from '../fixtures/api-harness';

const RESULTS = '/api/v1/staff/surveys/results?round=hows-life';
const TABLES = ['survey_held', 'survey_responses', 'survey_response_counts', 'survey_answer_counts', 'survey_populations', 'survey_tallies'] as const;
const DEMO_TOTAL = Object.values(DEMO_BANDS).reduce((n, b) => n + b.responses, 0);

describeOnDatabases('demo survey results', (harness) => {
  let env: ApiEnv;
  let participation: string;
  beforeAll(async () => {
    env = harness();
    await seedDemo(env.db, env.now(), { surveyResults: true });
    const officer = DEMO_STAFF.find((s) => s.role === 'participation')!;
    participation = await env.signInStaff(officer.email, officer.password);
  });

  async function results(): Promise<SurveyResults> {
    const res = await env.staff(participation)('GET', RESULTS);
    expect(res.statusCode, res.body).toBe(200);
    return surveyResultsSchema.parse(res.json());
  }

  /** Every count in the answer (none from 1 to 4 may be shown). */
  function shownCounts(value: unknown, out: number[] = []): number[] {
    if (Array.isArray(value)) for (const v of value) shownCounts(v, out);
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (['responses', 'count', 'asked', 'answered'].includes(k) && typeof v === 'number') out.push(v);
        else shownCounts(v, out);
      }
    }
    return out;
  }

  it('shows bright spots, areas to improve, suppressed cells and the small band flagged, as the results page reads them', async () => {
    const r = await results();
    expect(r.total.responses).toBe(DEMO_TOTAL);
    expect(DEMO_TOTAL).toBeGreaterThanOrEqual(300);
    expect(r.brightSpots).toHaveLength(5);
    expect(r.areasToImprove).toHaveLength(5);
    const lowestBright = Math.min(...r.brightSpots.map((q) => q.positiveShare));
    const highestArea = Math.max(...r.areasToImprove.map((q) => q.positiveShare));
    // Mostly positive, some clearly not.
    expect(lowestBright).toBeGreaterThan(0.8);
    expect(highestArea).toBeLessThan(0.45);

    const small = r.bands.find((b) => b.band === '4-7')!;
    expect(small).toMatchObject({ responses: DEMO_BANDS['4-7'].responses, population: 45, lowRate: true });
    expect(small.rate).toBeLessThan(LOW_RESPONSE_RATE);
    // Its cells by sex, mode and month are small: suppressed (null), and so are some of its answers.
    expect(small.bySex.some((s) => s.responses === null)).toBe(true);
    expect(small.byMonth.every((m) => m.responses === null)).toBe(true);
    expect(small.questions.some((q) => q.answers.some((a) => a.count === null))).toBe(true);
    for (const b of r.bands.filter((x) => x.band !== '4-7')) {
      expect(b.lowRate, b.band).toBe(false);
      expect(b.responses, b.band).toBe(DEMO_BANDS[b.band].responses);
    }
    expect(shownCounts(r).filter((n) => n > 0 && n < SUPPRESS_UNDER)).toEqual([]);

    // Every mode, spread over the round's months, sex said by most.
    const eight = r.bands.find((b) => b.band === '8-11')!;
    for (const m of eight.byMode) expect(m.responses, m.mode).toBeGreaterThanOrEqual(SUPPRESS_UNDER);
    expect(eight.byMonth.length).toBe(DEMO_ROUND_MONTHS + 1);
    expect(eight.bySex.find((s) => s.sex === 'girl')?.responses).toBeGreaterThan(30);
    expect(r.bands.find((b) => b.band === '16-25')?.byMode.find((m) => m.mode === 'iro')?.responses).toBe(0);

    // IRO tallies: shown for the bands with enough, hidden whole for the small one; completed = responses with an IRO.
    const tally = r.tallies.find((t) => t.band === '8-11')!;
    expect(tally.completed).toBe(eight.byMode.find((m) => m.mode === 'iro')?.responses);
    expect(tally.offered).toBeGreaterThan(tally.completed! + tally.declined!);
    expect(r.tallies.find((t) => t.band === '4-7')).toEqual({ band: '4-7', offered: null, completed: null, declined: null });
  });

  it('keeps free texts in plain words, with a phone number taken out as the server takes it out of any response', async () => {
    const texts = (await results()).bands.flatMap((b) => b.freeText ?? []).map((t) => t.text);
    const written = Object.values(DEMO_TEXTS).flat();
    expect(texts.length).toBeGreaterThan(20);
    expect(texts.some((t) => t.includes(REDACTED))).toBe(true);
    expect(texts.some((t) => /07700/.test(t))).toBe(false);
    // Every text is one of the demo's own (redacted where it had to be).
    for (const t of texts)
      expect(
        written.some((w) => w === t || w.replace(/07700 900123/, REDACTED) === t),
        t,
      ).toBe(true);
  });

  it('stores responses as a phone’s are: the month only, within the round, no one behind them', async () => {
    const rows = await env.db.selectFrom('survey_responses').selectAll().execute();
    expect(rows).toHaveLength(DEMO_TOTAL);
    const published = await env.db.selectFrom('surveys').select('published_at').where('round', '=', DEFAULT_ROUND).executeTakeFirstOrThrow();
    const thisMonth = env.now().toISOString().slice(0, 7);
    for (const row of rows) {
      expect(row.month >= published.published_at.slice(0, 7) && row.month <= thisMonth, row.month).toBe(true);
      expect(Object.keys(row).sort()).toEqual(
        ['answers', 'band', 'council_id', 'flagged', 'gender', 'has_text', 'id', 'mode', 'month', 'round', 'survey_id', 'version'].sort(),
      );
    }
    expect(new Set(rows.map((r) => r.mode))).toEqual(new Set(['own', 'iro', 'paper']));
  });

  it('adds nothing when seeded again, and an older demo gets them once at its next start', async () => {
    await results(); // moves anything still held in
    const before = await env.counts(...TABLES);
    expect(await env.db.transaction().execute((trx) => seedDemoSurveyResults(trx, DEMO_COUNCIL_ID, DEFAULT_ROUND, env.now()))).toBe(0);
    await topUpDemo(env.db, env.now(), { surveyResults: true });
    expect(await env.counts(...TABLES)).toEqual(before);

    // A demo made before the demo results: nothing of them yet.
    for (const t of TABLES) await env.db.deleteFrom(t).execute();
    await topUpDemo(env.db, env.now()); // not asked: nothing
    expect(Object.values(await env.counts(...TABLES))).toEqual(TABLES.map(() => 0));
    await topUpDemo(env.db, env.now(), { surveyResults: true });
    const first = await env.counts(...TABLES);
    expect(first.survey_held! + first.survey_responses!).toBe(DEMO_TOTAL);
    await topUpDemo(env.db, env.now(), { surveyResults: true });
    expect(await env.counts(...TABLES)).toEqual(first);
    expect((await results()).total.responses).toBe(DEMO_TOTAL);
  });

  it('adds nothing to a round the council has started itself (an admin’s care population)', async () => {
    for (const t of TABLES) await env.db.deleteFrom(t).execute();
    await env.db
      .insertInto('survey_populations')
      .values({
        council_id: DEMO_COUNCIL_ID,
        round: DEFAULT_ROUND,
        band: '8-11',
        sex: 'female',
        count: 10,
        updated_at: env.now().toISOString(),
        updated_by: 'x',
      })
      .execute();
    await topUpDemo(env.db, env.now(), { surveyResults: true });
    expect(await env.counts(...TABLES)).toMatchObject({ survey_held: 0, survey_responses: 0, survey_populations: 1, survey_tallies: 0 });
  });
});
