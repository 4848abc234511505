// "How's life?" results for staff: who may see them (role and council), the care population rates are measured
// against, small-number suppression in the JSON and the CSV, paper responses keyed in once, and the counts matching
// a direct SQL count over the stored responses. Runs on SQLite and PostgreSQL.
import { sql } from 'kysely';
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { DEMO_COUNCIL_ID, seedDemo } from '../../src/server/db/seed';
import { moveAllHeld } from '../../src/server/features/surveys/service/held';
import { publishSurveyVersions } from '../../src/server/features/surveys/service/publish';
import { storeResponse } from '../../src/server/features/surveys/service/responses';
import { newId } from '../../src/shared/ids';
import { DEFAULT_SURVEYS } from '../../src/shared/survey/defaults/index';
import type { SurveyVersion } from '../../src/shared/survey/definition';
import type { ResponseMode, SurveyGender } from '../../src/shared/survey/response';
import { surveyResultsSchema, type SurveyResults } from '../../src/shared/survey/results';
import { auditActions, describeOnDatabases, expectErrorBody, type ApiEnv } from '../fixtures/api-harness';
import { randomAnswers, seeded } from '../fixtures/survey-answers';

const RESULTS = '/api/v1/staff/surveys/results?round=hows-life';
/** Two months after the round was published (at the harness's start), so responses can say either month. */
const MAY = new Date('2026-05-10T10:00:00.000Z');
const version = (band: string) => DEFAULT_SURVEYS.find((v) => v.band === band) as SurveyVersion;

describeOnDatabases('survey results', (harness) => {
  let env: ApiEnv;
  let cookies: Record<'admin' | 'participation' | 'iro' | 'moderator', string>;
  beforeAll(async () => {
    env = harness();
    await seedDemo(env.db, env.now());
    env.setNow(MAY);
    cookies = {} as typeof cookies;
    for (const role of ['admin', 'participation', 'iro', 'moderator'] as const) {
      const s = await env.createStaff(DEMO_COUNCIL_ID, { roles: [role] });
      cookies[role] = await env.signInStaff(s.email);
    }
  });
  beforeEach(async () => {
    env = harness();
    env.setNow(MAY);
    for (const t of [
      'survey_held',
      'survey_responses',
      'survey_response_counts',
      'survey_answer_counts',
      'survey_populations',
      'survey_paper_entries',
    ] as const) {
      await env.db.deleteFrom(t).execute();
    }
  });

  async function store(
    n: number,
    band: string,
    opts: { gender?: SurveyGender; mode?: ResponseMode; month?: string; answers?: Record<string, unknown>; seed?: number } = {},
  ) {
    const v = version(band);
    const rand = seeded(opts.seed ?? 1);
    await env.db.transaction().execute(async (trx) => {
      for (let i = 0; i < n; i++) {
        const payload = {
          surveyId: v.id,
          version: 1,
          answers: opts.answers ?? randomAnswers(v, rand),
          month: opts.month ?? '2026-03',
          ...(opts.gender ? { gender: opts.gender } : {}),
        };
        const out = await storeResponse(trx, DEMO_COUNCIL_ID, payload, opts.mode ?? 'own', env.now());
        expect(out.status).toBe('stored');
      }
    });
  }

  async function results(role: keyof typeof cookies = 'participation'): Promise<SurveyResults> {
    const res = await env.staff(cookies[role])('GET', RESULTS);
    expect(res.statusCode, res.body).toBe(200);
    return surveyResultsSchema.parse(res.json());
  }

  /** Every count in the answer: none from 1 to 4 may be shown. */
  function shownCounts(value: unknown, out: number[] = []): number[] {
    if (Array.isArray(value)) value.forEach((v) => shownCounts(v, out));
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (['responses', 'count', 'asked', 'answered'].includes(k) && typeof v === 'number') out.push(v);
        else if (k !== 'tallies') shownCounts(v, out);
      }
    }
    return out;
  }

  it('answers only staff of the council with a results role, and free text only to participation and admin', async () => {
    await store(8, '8-11', { answers: { 'one-thing-to-change': 'More time outside', 'trusted-adult': 'yes' } });
    expectErrorBody(await env.app.inject({ method: 'GET', url: RESULTS }), 401);
    expectErrorBody(await env.staff(cookies.moderator)('GET', RESULTS), 403);
    expectErrorBody(await env.staff(cookies.moderator)('GET', RESULTS.replace('results', 'results.csv')), 403);
    // Not IROs: they choose when their device delivers sealed answers, so live results would give one child's away.
    expectErrorBody(await env.staff(cookies.iro)('GET', RESULTS), 403);
    const forAdmin = await results('admin');
    expect(forAdmin.bands.find((b) => b.band === '8-11')?.freeText).toHaveLength(8);
    const forParticipation = await results('participation');
    const eight = forParticipation.bands.find((b) => b.band === '8-11');
    expect(eight?.freeText).toHaveLength(8);
    expect(eight?.freeText?.[0]).toMatchObject({ questionId: 'one-thing-to-change', text: 'More time outside', flagged: false });

    // Another council with the same round sees only its own responses, never Demoshire's.
    const other = await env.createCouncil();
    await env.db.transaction().execute((trx) => publishSurveyVersions(trx, other.id, DEFAULT_SURVEYS, env.now().toISOString()));
    const admin = await env.createStaff(other.id, { roles: ['admin'] });
    const res = await env.staff(await env.signInStaff(admin.email))('GET', RESULTS);
    expect(surveyResultsSchema.parse(res.json()).total.responses).toBe(0);
    expectErrorBody(await env.staff(cookies.admin)('GET', '/api/v1/staff/surveys/results?round=no-such-round'), 404);
    expectErrorBody(await env.staff(cookies.admin)('GET', '/api/v1/staff/surveys/results?round=NOT%20A%20ROUND'), 400);
    expectErrorBody(await env.staff(cookies.admin)('GET', '/api/v1/staff/surveys/results'), 400);
  });

  it('measures response rates by age band and sex against the care population the admin entered', async () => {
    await store(12, '8-11', { gender: 'girl' });
    await store(10, '8-11', { gender: 'boy', mode: 'iro' });
    await store(8, '8-11', { month: '2026-04' });
    await store(6, '4-7', { gender: 'girl' });
    const rows = [
      { band: '8-11', sex: 'female', count: 40 },
      { band: '8-11', sex: 'male', count: 60 },
      { band: '4-7', sex: 'female', count: 25 },
      { band: '4-7', sex: 'male', count: 25 },
    ];
    expectErrorBody(await env.staff(cookies.participation)('PUT', '/api/v1/staff/surveys/populations', { round: 'hows-life', rows }), 403);
    const put = await env.staff(cookies.admin)('PUT', '/api/v1/staff/surveys/populations', { round: 'hows-life', rows });
    expect(put.statusCode, put.body).toBe(200);
    expect((await auditActions(env.db, DEMO_COUNCIL_ID)).at(-1)).toBe('survey.populations.update');
    const got = await env.staff(cookies.participation)('GET', '/api/v1/staff/surveys/populations?round=hows-life');
    expect(got.json<{ rows: unknown[] }>().rows).toHaveLength(4);

    const r = await results();
    const eight = r.bands.find((b) => b.band === '8-11');
    expect(eight).toMatchObject({ responses: 30, population: 100, rate: 0.3, lowRate: false });
    expect(eight?.bySex.find((s) => s.sex === 'girl')).toMatchObject({ responses: 12, population: 40, rate: 0.3 });
    expect(eight?.bySex.find((s) => s.sex === 'boy')).toMatchObject({ responses: 10, population: 60, rate: 10 / 60 });
    expect(eight?.bySex.find((s) => s.sex === 'not-said')).toMatchObject({ responses: 8, population: null, rate: null });
    expect(eight?.byMode).toEqual([
      { mode: 'own', responses: 20 },
      { mode: 'iro', responses: 10 },
      { mode: 'paper', responses: 0 },
    ]);
    expect(eight?.byMonth).toEqual([
      { month: '2026-03', responses: 22 },
      { month: '2026-04', responses: 8 },
    ]);
    expect(r.bands.find((b) => b.band === '4-7')).toMatchObject({ responses: 6, population: 50, rate: 0.12, lowRate: true });
    expect(r.total).toEqual({ responses: 36, population: 150, rate: 36 / 150 });
  });

  it('refuses a bad care population and changes nothing', async () => {
    const put = (body: unknown, who = cookies.admin) => env.staff(who)('PUT', '/api/v1/staff/surveys/populations', body);
    await put({ round: 'hows-life', rows: [{ band: '8-11', sex: 'female', count: 7 }] });
    const before = await env.counts('survey_populations', 'audit_log');
    for (const body of [
      { round: 'hows-life', rows: [{ band: '8-11', sex: 'female', count: -1 }] },
      { round: 'hows-life', rows: [{ band: '9-10', sex: 'female', count: 3 }] },
      { round: 'hows-life', rows: [{ band: '8-11', sex: 'girl', count: 3 }] },
      {
        round: 'hows-life',
        rows: [
          { band: '8-11', sex: 'male', count: 3 },
          { band: '8-11', sex: 'male', count: 4 },
        ],
      },
      { rows: [] },
    ]) {
      expectErrorBody(await put(body), 400);
    }
    expectErrorBody(await put({ round: 'not-published', rows: [] }), 404);
    expectErrorBody(
      await env.staff(cookies.admin)('PUT', '/api/v1/staff/surveys/populations', { round: 'hows-life', rows: [] }, { csrf: false }),
      403,
    );
    expect(await env.counts('survey_populations', 'audit_log')).toEqual(before);
  });

  it('suppresses every small figure and any that would give one away, in the JSON and the CSV', async () => {
    await store(3, '11-18', { gender: 'girl' });
    await store(20, '8-11', { gender: 'boy', seed: 7 });
    await store(2, '8-11', { gender: 'girl', seed: 8 });
    const r = await results();
    expect(shownCounts(r).filter((n) => n > 0 && n < 5)).toEqual([]);
    const teen = r.bands.find((b) => b.band === '11-18');
    expect(teen).toMatchObject({ responses: null, rate: null });
    const eight = r.bands.find((b) => b.band === '8-11');
    expect(eight?.responses).toBe(22);
    // girl (2) is hidden, so the next smallest row by sex is too: 22 − 20 would give it back.
    expect(eight?.bySex.map((s) => s.responses)).toEqual([null, null, 0, 0]);
    // 11-18's 3 would be the round's total minus the other bands: the total is hidden instead.
    expect(r.total).toMatchObject({ responses: null, rate: null });

    const csv = await env.staff(cookies.participation)('GET', '/api/v1/staff/surveys/results.csv?round=hows-life');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.split('\r\n');
    expect(lines[1]).toContain('fewer than 5');
    expect(lines.find((l) => l.startsWith('11-18,hows-life-11-18,1,responses,'))).toMatch(/^11-18,hows-life-11-18,1,responses,,,,,/);
    expect(lines.find((l) => l.startsWith('8-11,hows-life-8-11,1,responses: girl,'))?.split(',')[6]).toBe('');
    expect(csv.body).not.toContain('More time outside');
  });

  it('keys in a paper response once, audited without its answers or a link to it', async () => {
    const v = version('8-11');
    const entryId = newId();
    const body = {
      entryId,
      surveyId: v.id,
      version: 1,
      month: '2026-03',
      answers: { 'trusted-adult': 'yes', 'one-thing-to-change': 'A bigger room' },
    };
    expectErrorBody(await env.staff(cookies.iro)('POST', '/api/v1/staff/surveys/paper', body), 403);
    for (let i = 0; i < 2; i++) {
      const res = await env.staff(cookies.participation)('POST', '/api/v1/staff/surveys/paper', body);
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toEqual({ stored: true });
    }
    await moveAllHeld(env.db, DEMO_COUNCIL_ID);
    const rows = await env.db.selectFrom('survey_responses').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.mode).toBe('paper');
    const audits = await env.db.selectFrom('audit_log').selectAll().where('action', '=', 'survey.paper.keyed-in').execute();
    expect(audits).toHaveLength(1);
    const logged = JSON.stringify(audits);
    expect(logged).not.toContain('A bigger room');
    expect(logged).not.toContain(rows[0]?.id as string);
    expect(logged).not.toContain(entryId);
    const entries = await env.db.selectFrom('survey_paper_entries').selectAll().execute();
    expect(entries).toEqual([{ council_id: DEMO_COUNCIL_ID, entry_id: entryId, month: '2026-05' }]);

    const before = await env.counts('survey_held', 'survey_responses', 'survey_paper_entries', 'audit_log');
    for (const bad of [
      { ...body, entryId: newId(), answers: { 'trusted-adult': 'maybe' } },
      { ...body, entryId: newId(), answers: { 'not-a-question': 'yes' } },
      { ...body, entryId: 'not-a-uuid' },
      { ...body, entryId: newId(), month: '2026-13' },
    ]) {
      expectErrorBody(await env.staff(cookies.admin)('POST', '/api/v1/staff/surveys/paper', bad), 400);
    }
    expectErrorBody(await env.staff(cookies.admin)('POST', '/api/v1/staff/surveys/paper', { ...body, entryId: newId(), version: 9 }), 404);
    expect(await env.counts('survey_held', 'survey_responses', 'survey_paper_entries', 'audit_log')).toEqual(before);
    const r = await results('admin');
    expect(r.bands.find((b) => b.band === '8-11')?.byMode.find((m) => m.mode === 'paper')?.responses).toBe(null);
  });

  it('matches a direct SQL count over the stored responses', async () => {
    await store(300, '8-11', { seed: 42 });
    await store(120, '16-25', { seed: 43 });
    const r = await results();
    const json = (path: string) =>
      env.kind === 'sqlite' ? sql.raw(`cast(json_extract(answers, '$.${path}') as text)`) : sql.raw(`(answers::json->>'${path}')`);
    const count = async (surveyId: string, where: ReturnType<typeof sql>) =>
      Number(
        (await sql<{ n: number }>`select count(*) as n from survey_responses where survey_id = ${surveyId} and ${where}`.execute(env.db)).rows[0]?.n,
      );
    const checks: [string, string, string][] = [
      ['8-11', 'trusted-adult', 'yes-no'],
      ['8-11', 'see-siblings', 'yes-no'],
      ['8-11', 'time-with-pet', 'frequency'],
      ['8-11', 'happy-yesterday', 'faces'],
      ['16-25', 'l-life-satisfied', 'scale'],
    ];
    let compared = 0;
    for (const [band, qid] of checks) {
      const b = r.bands.find((x) => x.band === band);
      const q = b?.questions.find((x) => x.id === qid);
      expect(q).toBeDefined();
      const answered = await count(b!.surveyId, sql`${json(qid)} is not null`);
      if (q!.answered !== null) expect(q!.answered).toBe(answered);
      for (const a of q!.answers) {
        const n = await count(b!.surveyId, sql`${json(qid)} = ${a.value}`);
        if (a.count !== null) {
          expect(a.count, `${qid} ${a.value}`).toBe(n);
          compared++;
        }
      }
    }
    // Conditional: asked = the responses whose earlier answer showed the question.
    const siblings = r.bands.find((x) => x.band === '8-11')?.questions.find((x) => x.id === 'see-siblings');
    expect(siblings?.asked).toBe(await count('hows-life-8-11', sql`${json('live-with-siblings')} in ('some', 'none')`));
    expect(compared).toBeGreaterThan(15);
    expect(r.total.responses).toBe(Number((await sql<{ n: number }>`select count(*) as n from survey_responses`.execute(env.db)).rows[0]?.n));
  });
});
