// "How's life?" definitions reach phones through the pull: Demoshire's demo seed publishes Heard's default round, a
// joined phone's pull carries the four age bands' versions whole (each one the shared contract), a phone of another
// council sees none, and a later version replaces the earlier one on the phone. Runs on SQLite and PostgreSQL.
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { seedDemo, topUpDemo, DEMO_COUNCIL_ID, DEMO_JOIN_CODE } from '../../src/server/db/seed';
import { publishSurveyVersions } from '../../src/server/features/surveys/service/publish';
import { pullResponseSchema, type PullChanges } from '../../src/shared/protocol';
import { DEFAULT_SURVEYS } from '../../src/shared/survey/defaults/index';
import { surveyVersionSchema, type SurveyVersion } from '../../src/shared/survey/definition';
import { describeOnDatabases, type ApiEnv } from '../fixtures/api-harness';

type SurveyRows = NonNullable<PullChanges['surveys']>;

describeOnDatabases('surveys in the pull', (harness) => {
  let env: ApiEnv;
  beforeAll(async () => {
    env = harness();
    await seedDemo(env.db, env.now());
  });
  beforeEach(() => {
    env = harness();
  });

  /** Every page from `since`, checked against the wire contract; the survey rows and the last cursor. */
  async function pullAll(token: string, since = '0'): Promise<{ rows: SurveyRows; cursor: string }> {
    const rows: SurveyRows = [];
    let cursor = since;
    for (;;) {
      const page = pullResponseSchema.parse(await env.pullOk(token, cursor));
      rows.push(...(page.changes.surveys ?? []));
      cursor = page.cursor;
      if (!page.more) return { rows, cursor };
    }
  }
  const live = (rows: SurveyRows): SurveyVersion[] => rows.flatMap((r) => ('deleted' in r ? [] : [r]));

  it("gives a joined Demoshire phone the four versions of Heard's default round, whole, each one the contract", async () => {
    const device = await env.registerDevice(DEMO_JOIN_CODE);
    const { rows, cursor } = await pullAll(device.token);
    const surveys = live(rows);
    expect(surveys.map((s) => s.band).sort()).toEqual(['11-18', '16-25', '4-7', '8-11']);
    for (const row of rows) {
      const parsed = surveyVersionSchema.parse(row);
      expect(parsed).toEqual(DEFAULT_SURVEYS.find((s) => s.id === parsed.id));
    }
    expect(Object.fromEntries(surveys.map((s) => [s.band, s.questions.length]))).toEqual({ '4-7': 16, '8-11': 31, '11-18': 46, '16-25': 24 });
    expect(surveys.every((s) => s.version === 1 && s.round === 'hows-life')).toBe(true);
    // Nothing again after the cursor.
    expect((await env.pullOk(device.token, cursor)).changes.surveys).toBeUndefined();
  });

  it("shows a phone of another council none of Demoshire's surveys", async () => {
    const other = await env.createCouncil({ name: 'Othershire' });
    const device = await env.registerDevice(other.joinCode);
    const { rows } = await pullAll(device.token);
    expect(rows).toEqual([]);
  });

  it('sends a newer version in place of the older, and never changes a published one', async () => {
    const device = await env.registerDevice(DEMO_JOIN_CODE);
    const { cursor } = await pullAll(device.token);
    const first = DEFAULT_SURVEYS.find((s) => s.band === '4-7')!;
    const second: SurveyVersion = { ...first, version: 2, keeps: { version: 1, questionIds: first.questions.map((q) => q.id) } };
    await env.db.transaction().execute((trx) => publishSurveyVersions(trx, DEMO_COUNCIL_ID, [second], env.now().toISOString()));
    const after = await pullAll(device.token, cursor);
    expect(after.rows).toEqual([second]);
    // A new phone gets only the newest version of each survey.
    const fresh = live((await pullAll((await env.registerDevice(DEMO_JOIN_CODE)).token)).rows);
    expect(fresh.filter((s) => s.id === first.id)).toEqual([second]);
    // The same version again is refused by the database: a published version is written once.
    await expect(
      env.db.transaction().execute((trx) => publishSurveyVersions(trx, DEMO_COUNCIL_ID, [first], env.now().toISOString())),
    ).rejects.toThrow();
    const stored = await env.db.selectFrom('surveys').select(['version', 'definition']).where('id', '=', first.id).orderBy('version').execute();
    expect(stored.map((r) => [Number(r.version), JSON.parse(r.definition) as unknown])).toEqual([
      [1, first],
      [2, second],
    ]);
  });

  it('gives a demo database made before surveys the default round at its next start, once', async () => {
    await env.db.deleteFrom('surveys').where('council_id', '=', DEMO_COUNCIL_ID).execute();
    const device = await env.registerDevice(DEMO_JOIN_CODE);
    const { cursor } = await pullAll(device.token);
    await topUpDemo(env.db, env.now());
    const after = live((await pullAll(device.token, cursor)).rows);
    expect(after.map((s) => s.id).sort()).toEqual(DEFAULT_SURVEYS.map((s) => s.id).sort());
    const counts = await env.counts('surveys', 'change_log');
    await topUpDemo(env.db, env.now());
    expect(await env.counts('surveys', 'change_log')).toEqual(counts);
    expect(counts.surveys).toBe(DEFAULT_SURVEYS.length);
  });

  it('refuses to publish a version that is not the contract or a round whose core questions differ, writing nothing', async () => {
    const before = await env.counts('surveys', 'change_log');
    const bad = { ...DEFAULT_SURVEYS[0]!, id: 'Not An Id', version: 3 };
    await expect(
      env.db.transaction().execute((trx) => publishSurveyVersions(trx, DEMO_COUNCIL_ID, [bad], env.now().toISOString())),
    ).rejects.toThrow();
    const [a, b] = DEFAULT_SURVEYS;
    const core = a!.questions.find((q) => q.core)!;
    const changed: SurveyVersion = {
      ...b!,
      version: 3,
      questions: b!.questions.map((q) => (q.id === core.id ? { ...q, type: q.type === 'faces' ? 'agree' : 'faces' } : q)),
    };
    await expect(
      env.db.transaction().execute((trx) => publishSurveyVersions(trx, DEMO_COUNCIL_ID, [{ ...a!, version: 3 }, changed], env.now().toISOString())),
    ).rejects.toThrow(/sound round/);
    expect(await env.counts('surveys', 'change_log')).toEqual(before);
  });
});
