// A finished survey (survey.submit) is stored anonymously: checked against the version it answered, hidden answers
// cleared, names, numbers, emails and addresses taken out of free text, and kept with no device id, no IP, no op id
// and only the month. The proof reads every table of the database after a phone has both posted on the wall (so the
// phone is known) and answered a survey. Runs on SQLite and PostgreSQL.
import { sql } from 'kysely';
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { seedDemo, DEMO_COUNCIL_ID, DEMO_JOIN_CODE } from '../../src/server/db/seed';
import { moveAllHeld } from '../../src/server/features/surveys/service/held';
import { opResultSchema } from '../../src/shared/protocol';
import { describeOnDatabases, type ApiEnv } from '../fixtures/api-harness';

const SURVEY = 'hows-life-8-11';

describeOnDatabases('survey responses', (harness) => {
  let env: ApiEnv;
  beforeAll(async () => {
    env = harness();
    await seedDemo(env.db, env.now());
  });
  beforeEach(async () => {
    env = harness();
    await env.db.deleteFrom('survey_responses').execute();
    await env.db.deleteFrom('survey_held').execute();
  });
  /** Held responses reach survey_responses in a batch of their own (as results do before they read). */
  const settle = () => moveAllHeld(env.db, DEMO_COUNCIL_ID);

  function submit(answers: Record<string, unknown>, extra: Record<string, unknown> = {}) {
    return env.op('survey.submit', { surveyId: SURVEY, version: 1, answers, month: '2026-03', ...extra });
  }

  async function tableRows(): Promise<Record<string, Record<string, unknown>[]>> {
    const names =
      env.kind === 'sqlite'
        ? await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(env.db)
        : await sql<{ name: string }>`select tablename as name from pg_tables where schemaname = current_schema()`.execute(env.db);
    const out: Record<string, Record<string, unknown>[]> = {};
    for (const { name } of names.rows) {
      out[name] = (await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(env.db)).rows;
    }
    return out;
  }

  it('keeps the checked answers with the version, the month and no link to the phone, the IP or the op', async () => {
    const device = await env.registerDevice(DEMO_JOIN_CODE);
    const prompt = await env.db.selectFrom('wall_prompts').select('id').where('council_id', '=', DEMO_COUNCIL_ID).executeTakeFirstOrThrow();
    const post = env.op('wall.post', { promptId: prompt.id, text: 'More trips out please' });
    const survey = submit(
      { 'happy-yesterday': '4', 'trusted-adult': 'yes', 'one-thing-to-change': 'my name is Jayden call me on 07700 900123 at jay@example.com' },
      { gender: 'boy' },
    );
    const ip = '10.99.88.77';
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      headers: { authorization: device.authorization },
      payload: { protocol: 1, ops: [post, survey] },
      remoteAddress: ip,
    });
    expect(res.statusCode, res.body).toBe(200);
    const results = (res.json() as { results: unknown[] }).results.map((r) => opResultSchema.parse(r));
    expect(results.map((r) => r.status)).toEqual(['accepted', 'accepted']);
    expect(results[1]?.ref).toBeUndefined();

    // Held first: nothing is in survey_responses until a batch of its own moves it there.
    expect(await env.counts('survey_held', 'survey_responses')).toEqual({ survey_held: 1, survey_responses: 0 });
    expect(await settle()).toBe(1);
    const rows = await tableRows();
    expect(rows.survey_held).toEqual([]);
    const responses = rows.survey_responses ?? [];
    expect(responses).toHaveLength(1);
    const response = responses[0]!;
    expect(response).toMatchObject({ council_id: DEMO_COUNCIL_ID, survey_id: SURVEY, band: '8-11', mode: 'own', month: '2026-03', gender: 'boy' });
    expect(Number(response.version)).toBe(1);
    const answers = JSON.parse(String(response.answers)) as Record<string, string>;
    expect(answers['happy-yesterday']).toBe('4');
    expect(answers['one-thing-to-change']).not.toMatch(/Jayden|07700|jay@example/);
    expect(answers['one-thing-to-change']).toContain('[removed]');

    // The op record: no device, only the month.
    const opRow = (rows.anonymous_ops ?? []).find((r) => r.id === survey.id);
    expect(opRow).toMatchObject({ received_on: '2026-03-01', type: 'survey.submit' });
    expect(Object.keys(opRow!).sort()).toEqual(['council_id', 'id', 'received_on', 'result', 'type']);
    expect((rows.ops ?? []).filter((r) => r.type === 'survey.submit')).toEqual([]);
    // No quota counted per phone for a survey.
    expect((rows.op_quotas ?? []).filter((r) => r.kind === 'survey.submit' && r.scope === 'device')).toEqual([]);

    // Every row of every table: none that holds the response's id or the survey op's id also holds the phone's id,
    // its token, or the address it pushed from; and the address is stored nowhere but in the short-lived rate-limit
    // counters (per address and route, swept within the hour; on PostgreSQL they live in the database).
    const responseId = String(response.id);
    expect(responseId).not.toBe(survey.id);
    for (const [table, list] of Object.entries(rows)) {
      for (const row of list) {
        const text = JSON.stringify(row);
        if (table !== 'rate_limits') expect(text, `${table} holds the IP`).not.toContain(ip);
        if (text.includes(responseId) || text.includes(survey.id)) {
          expect(text, `${table} links the response to the IP`).not.toContain(ip);
          expect(text, `${table} links the response to the phone`).not.toContain(device.deviceId);
          expect(text, `${table} links the response to the token`).not.toContain(device.token);
        }
      }
    }
    // The response row holds nothing but its own columns.
    expect(Object.keys(response).sort()).toEqual(
      ['answers', 'band', 'council_id', 'flagged', 'gender', 'has_text', 'id', 'month', 'mode', 'round', 'survey_id', 'version'].sort(),
    );
  });

  it('answers a repeat of the op "duplicate" and stores it once', async () => {
    const device = await env.registerDevice(DEMO_JOIN_CODE);
    const op = submit({ 'happy-yesterday': '5' });
    expect((await env.pushOk(device.token, [op]))[0]?.status).toBe('accepted');
    expect((await env.pushOk(device.token, [op]))[0]?.status).toBe('duplicate');
    await settle();
    // Still a repeat once the response has moved on.
    expect((await env.pushOk(device.token, [op]))[0]?.status).toBe('duplicate');
    await settle();
    expect((await env.counts('survey_responses')).survey_responses).toBe(1);
  });

  it('refuses a wrong answer, an unknown question, an unknown survey or version, and stores nothing', async () => {
    const device = await env.registerDevice(DEMO_JOIN_CODE);
    const bad = [
      submit({ 'happy-yesterday': '9' }),
      submit({ 'not-a-question': 'yes' }),
      env.op('survey.submit', { surveyId: 'hows-life-nope', version: 1, answers: {}, month: '2026-03' }),
      env.op('survey.submit', { surveyId: SURVEY, version: 7, answers: {}, month: '2026-03' }),
      env.op('survey.submit', { surveyId: SURVEY, version: 1, answers: {}, month: '2026-13' }),
    ];
    const results = await env.pushOk(device.token, bad);
    expect(results.map((r) => r.code)).toEqual(['invalid-payload', 'invalid-payload', 'not-found', 'not-found', 'invalid-payload']);
    expect(results.every((r) => typeof r.message === 'string' && r.message.length > 0)).toBe(true);
    expect(await env.counts('survey_responses', 'survey_held')).toEqual({ survey_responses: 0, survey_held: 0 });
  });

  it('flags free text that may be about harm, and keeps a month from the future as the month it arrived', async () => {
    const device = await env.registerDevice(DEMO_JOIN_CODE);
    const op = submit({ 'one-thing-to-change': 'my carer hits me' }, { month: '2027-01' });
    expect((await env.pushOk(device.token, [op]))[0]?.status).toBe('accepted');
    await settle();
    const row = await env.db.selectFrom('survey_responses').selectAll().executeTakeFirstOrThrow();
    // A possible disclosure in an anonymous answer is counted for the council, never against the phone.
    const counted = await env.db.selectFrom('op_quotas').selectAll().where('kind', '=', 'survey.submit:possible-harm').execute();
    expect(counted.map((c) => [c.scope, c.subject_id])).toEqual([['council', DEMO_COUNCIL_ID]]);
    expect(Number(row.flagged)).toBe(1);
    expect(row.month).toBe(env.now().toISOString().slice(0, 7));
  });

  it('clears an answer to a question its own earlier answer hides', async () => {
    const device = await env.registerDevice(DEMO_JOIN_CODE);
    // live-with-siblings decides whether see-siblings is asked.
    const op = submit({ 'live-with-siblings': 'all', 'see-siblings': 'yes' });
    expect((await env.pushOk(device.token, [op]))[0]?.status).toBe('accepted');
    await settle();
    const row = await env.db.selectFrom('survey_responses').select('answers').executeTakeFirstOrThrow();
    expect(JSON.parse(row.answers)).toEqual({ 'live-with-siblings': 'all' });
  });
});
