// Anonymous responses are held, then moved to survey_responses and the counts by a transaction of their own, in a
// shuffled batch: nothing results read was written in the push that brought it (on PostgreSQL, not the same
// transaction id), nor kept in arrival order (on SQLite, tables in key order). Runs on SQLite and PostgreSQL.
import { sql } from 'kysely';
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { HELD_BATCH, moveAllHeld, moveHeldBatches } from '../../src/server/features/surveys/service/held';
import { seedDemo, DEMO_COUNCIL_ID, DEMO_JOIN_CODE } from '../../src/server/db/seed';
import { describeOnDatabases, type ApiEnv } from '../fixtures/api-harness';

describeOnDatabases('held survey responses', (harness) => {
  let env: ApiEnv;
  beforeAll(async () => {
    env = harness();
    await seedDemo(env.db, env.now());
  });
  beforeEach(async () => {
    env = harness();
    for (const t of ['survey_held', 'survey_responses', 'survey_response_counts', 'survey_answer_counts'] as const)
      await env.db.deleteFrom(t).execute();
  });

  const submit = (answer: string) =>
    env.op('survey.submit', { surveyId: 'hows-life-8-11', version: 1, answers: { 'happy-yesterday': answer }, month: '2026-03' });
  async function send(n: number): Promise<string[]> {
    const device = await env.registerDevice(DEMO_JOIN_CODE);
    const ops = Array.from({ length: n }, (_, i) => submit(String((i % 5) + 1)));
    const results = await env.pushOk(device.token, ops);
    expect(results.every((r) => r.status === 'accepted')).toBe(true);
    return ops.map((o) => o.id);
  }

  it('moves a council’s held responses once a batch is full or the oldest is an hour old, and counts each once', async () => {
    await send(HELD_BATCH - 1);
    expect(await moveHeldBatches(env.db, env.now())).toBe(0);
    expect((await env.counts('survey_held')).survey_held).toBe(HELD_BATCH - 1);
    await send(1);
    expect(await moveHeldBatches(env.db, env.now())).toBe(HELD_BATCH);
    expect(await env.counts('survey_held', 'survey_responses')).toEqual({ survey_held: 0, survey_responses: HELD_BATCH });

    await send(1);
    expect(await moveHeldBatches(env.db, new Date(env.now().getTime() + 30 * 60_000))).toBe(0);
    expect(await moveHeldBatches(env.db, new Date(env.now().getTime() + 61 * 60_000))).toBe(1);

    // Two movers at once: each response is moved and counted once.
    await send(3);
    const moved = await Promise.all([moveAllHeld(env.db, DEMO_COUNCIL_ID), moveAllHeld(env.db, DEMO_COUNCIL_ID)]);
    expect(moved[0]! + moved[1]!).toBe(3);
    const counted = await env.db
      .selectFrom('survey_response_counts')
      .select((eb) => eb.fn.sum<number | string>('count').as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(counted.n)).toBe(HELD_BATCH + 1 + 3);
    expect((await env.counts('survey_responses')).survey_responses).toBe(HELD_BATCH + 1 + 3);
  });

  it('the results route counts what is still held', async () => {
    await send(2);
    const admin = env.staff(await env.signInStaff((await env.createStaff(DEMO_COUNCIL_ID, { roles: ['admin'] })).email));
    const res = await admin('GET', '/api/v1/staff/surveys/results?round=hows-life');
    expect(res.statusCode, res.body).toBe(200);
    expect(await env.counts('survey_held', 'survey_responses')).toEqual({ survey_held: 0, survey_responses: 2 });
  });

  it('keeps nothing results read beside the push that brought it', async () => {
    const [opId] = await send(1);
    await moveAllHeld(env.db, DEMO_COUNCIL_ID);
    if (env.kind === 'postgres') {
      // Every row carries the id of the transaction that wrote it: the op's record and the response's rows differ.
      const xmin = async (table: string, where = sql`true`) =>
        (await sql<{ x: string }>`select xmin::text as x from ${sql.table(table)} where ${where}`.execute(env.db)).rows.map((r) => r.x);
      const [opTx] = await xmin('anonymous_ops', sql`id = ${opId}`);
      expect(opTx).toBeDefined();
      for (const table of ['survey_responses', 'survey_response_counts', 'survey_answer_counts']) expect(await xmin(table)).not.toContain(opTx);
    } else {
      // Tables in key order (random ids), not in the order rows arrived.
      const ddl = await sql<{
        name: string;
        sql: string;
      }>`select name, sql from sqlite_master where name in ('survey_responses', 'survey_held', 'anonymous_ops')`.execute(env.db);
      expect(ddl.rows).toHaveLength(3);
      for (const row of ddl.rows) expect(row.sql.toLowerCase(), row.name).toContain('without rowid');
    }
  });
});
