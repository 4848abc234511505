// A phone's pulls for the Demoshire demo council answer the same on SQLite and on PostgreSQL: its first pull, a later
// one with nothing new, and the first pull of a phone that has just pushed wall posts (its own items come too). Ids
// are made in order while the suite runs, so both databases hold the same rows. On PostgreSQL, the
// round trips of each pull stay at or below today's figure (bench/pull-round-trips.ts counts the same): the reads a
// pull's sources start together go as one statement (db/batched-reads.ts).
import { logPgQueries } from '../fixtures/pg-query-log';
import { afterAll, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { DEMO_JOIN_CODE, seedDemo } from '../../src/server/db/seed';
import type { PullResponse } from '../../src/shared/protocol';
import { describeOnDatabases, type ApiEnv, type DatabaseKind } from '../fixtures/api-harness';

/** The pulls each database answered, to compare once both have run (SQLite's suite runs first). */
const answers = new Map<DatabaseKind, Record<string, PullResponse>>();

/** Every statement the pg clients send while a pull is counted. */
const log = logPgQueries();
const sent = log.sent;
afterAll(() => log.restore());

/**
 * Round trips to PostgreSQL of one pull: the pull's rate limit, the device's token, the log with the council's last
 * number, the rows (and, after a push, the links of the phone's own items). Before the reads went together: 17, 4, 22.
 */
const MOST_ROUND_TRIPS = { first: 4, later: 3, pushed: 5 };

/** The answer with each collection's rows in id order: the order of a collection's rows is no part of it. */
function byId(answer: PullResponse): string {
  const changes = Object.entries(answer.changes).map(([name, rows]) => [
    name,
    [...(rows as { id: string }[])].sort((a, b) => (a.id < b.id ? -1 : 1)),
  ]);
  return JSON.stringify({ ...answer, changes: Object.fromEntries(changes) });
}

describeOnDatabases('sync pull, Demoshire', (harness) => {
  let env: ApiEnv;
  let made = 0;
  const pulls: Record<string, PullResponse> = {};
  const trips: Record<string, number> = {};

  const pull = async (name: keyof typeof MOST_ROUND_TRIPS, token: string, since: string) => {
    const answer = await log.during(() => env.pullOk(token, since));
    pulls[name] = answer;
    trips[name] = sent.length;
    return answer;
  };

  beforeAll(async () => {
    env = harness();
    vi.spyOn(globalThis.crypto, 'randomUUID').mockImplementation(() => {
      made += 1;
      return `00000000-0000-4000-8000-${made.toString(16).padStart(12, '0')}`;
    });
    await seedDemo(env.db, env.now());
  });
  afterAll(() => {
    vi.restoreAllMocks();
  });
  beforeEach(() => {
    env = harness();
  });

  it('answers a first pull, a later one and a first pull after a push', async () => {
    const phone = await env.registerDevice(DEMO_JOIN_CODE);
    const first = await pull('first', phone.token, '0');
    expect(first.more).toBe(false);
    expect(Object.keys(first.changes).length).toBeGreaterThan(5);
    expect(await pull('later', phone.token, first.cursor)).toEqual({ cursor: first.cursor, changes: {}, more: false });

    const prompt = first.changes.wallPrompts?.find((p) => 'open' in p && p.open);
    expect(prompt).toBeDefined();
    const poster = await env.registerDevice(DEMO_JOIN_CODE);
    const results = await env.pushOk(
      poster.token,
      Array.from({ length: 20 }, (_, i) => env.op('wall.post', { promptId: prompt!.id, text: `More days out together, number ${i}` })),
    );
    expect(results.every((r) => r.status === 'accepted')).toBe(true);
    const pushed = await pull('pushed', poster.token, '0');
    expect(pushed.changes.myItems).toHaveLength(20);
    answers.set(env.kind, pulls);
  });

  it('makes no more round trips to PostgreSQL than the figure kept here', () => {
    if (env.kind !== 'postgres') return;
    expect(trips).toEqual({ first: expect.any(Number), later: expect.any(Number), pushed: expect.any(Number) });
    for (const [name, most] of Object.entries(MOST_ROUND_TRIPS)) {
      // At least the device's token and the change log: a count of nothing means nothing was counted.
      expect(trips[name], name).toBeGreaterThanOrEqual(2);
      expect(trips[name], name).toBeLessThanOrEqual(most);
    }
  });

  it('answers as SQLite did (each row and list to the byte)', () => {
    if (env.kind !== 'postgres') return;
    const sqlite = answers.get('sqlite');
    const postgres = answers.get('postgres');
    expect(postgres).toBeDefined();
    // Run alone (the PostgreSQL suite only), there is nothing to compare with.
    if (!sqlite) return;
    for (const name of Object.keys(MOST_ROUND_TRIPS)) expect(byId(postgres![name]!), name).toBe(byId(sqlite[name]!));
  });
});
