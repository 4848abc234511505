// Two Heard processes on one PostgreSQL database, as a council runs more than one behind a load balancer: the same ops
// pushed to both at once are stored once (one answers "accepted", the other "duplicate"); a staff member signed in on
// one is signed in on the other; the per-address rate limit is one count across both; every council change number
// is used once and none is skipped, so a phone's pull cursor read on one server is right on the other.
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { newId } from '../../src/shared/ids';
import { PROTOCOL_VERSION } from '../../src/shared/protocol';
import { DEMO_COUNCIL_ID, DEMO_JOIN_CODE, DEMO_STAFF } from '../../src/server/db/seed';
import { killServer, startServer, type ServerProcess } from '../fixtures/server-process';

const postgresUrl = inject('postgresUrl');

async function json<T>(res: Response): Promise<T> {
  return (await res.json()) as T;
}

describe.skipIf(!postgresUrl)('two servers, one PostgreSQL', () => {
  it('stores each op once, shares sessions and rate limits, and numbers changes without gaps', async () => {
    const schema = `two_${newId().replaceAll('-', '').slice(0, 12)}`;
    const admin = new pg.Client({ connectionString: postgresUrl! });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    const url = new URL(postgresUrl!);
    url.searchParams.set('options', `-c search_path=${schema}`);
    const env = { DATABASE_URL: url.toString() };
    const servers: ServerProcess[] = [];
    try {
      // The first migrates and seeds; the second finds the council there.
      servers.push(await startServer(env));
      servers.push(await startServer(env));
      const [a, b] = servers.map((s) => s.url) as [string, string];

      const joined = await fetch(`${a}/api/v1/devices`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ joinCode: DEMO_JOIN_CODE }),
      });
      const { token } = await json<{ token: string }>(joined);
      const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
      const first = await json<{ changes: { wallPrompts?: { id: string }[] } }>(await fetch(`${b}/api/v1/sync/pull?since=0`, { headers: auth }));
      const promptId = first.changes.wallPrompts![0]!.id;

      // The same 3 batches of 15 ops to both servers at the same moment.
      let accepted = 0;
      let duplicate = 0;
      const ids: string[] = [];
      for (let batch = 0; batch < 3; batch++) {
        const ops = Array.from({ length: 15 }, (_, i) => ({
          id: newId(),
          type: 'wall.post',
          payload: { promptId, text: `More trips out, batch ${batch} number ${i}` },
          createdAt: new Date().toISOString(),
        }));
        ids.push(...ops.map((op) => op.id));
        const body = JSON.stringify({ protocol: PROTOCOL_VERSION, ops });
        const answers = await Promise.all([a, b].map((server) => fetch(`${server}/api/v1/sync/push`, { method: 'POST', headers: auth, body })));
        const results = await Promise.all(answers.map((r) => json<{ results: { status: string }[] }>(r)));
        for (let i = 0; i < ops.length; i++) {
          const pair = results.map((r) => r.results[i]!.status).sort();
          expect(pair).toEqual(['accepted', 'duplicate']);
          accepted++;
          duplicate++;
        }
      }
      const stored = await admin.query<{ n: string }>(`select count(*) as n from ${schema}.ops where id = any($1)`, [ids]);
      expect(Number(stored.rows[0]!.n)).toBe(ids.length);
      const posts = await admin.query<{ n: string }>(`select count(*) as n from ${schema}.wall_posts where op_id = any($1)`, [ids]);
      expect(Number(posts.rows[0]!.n)).toBe(ids.length);
      expect(accepted).toBe(45);
      expect(duplicate).toBe(45);

      // Every change number of the council is used once, with no gap.
      const seqs = await admin.query<{ n: string; lo: string; hi: string; distinct: string }>(
        `select count(*) as n, min(council_seq) as lo, max(council_seq) as hi, count(distinct council_seq) as distinct from ${schema}.change_log where council_id = $1`,
        [DEMO_COUNCIL_ID],
      );
      const s = seqs.rows[0]!;
      expect(Number(s.distinct)).toBe(Number(s.n));
      expect(Number(s.hi) - Number(s.lo) + 1).toBe(Number(s.n));
      // A cursor from one server is right on the other: pulling from it on either answers the same.
      const cursor = (await json<{ cursor: string }>(await fetch(`${a}/api/v1/sync/pull?since=0`, { headers: auth }))).cursor;
      const fromA = await json<{ cursor: string }>(await fetch(`${a}/api/v1/sync/pull?since=${cursor}`, { headers: auth }));
      const fromB = await json<{ cursor: string }>(await fetch(`${b}/api/v1/sync/pull?since=${cursor}`, { headers: auth }));
      expect(fromB).toEqual(fromA);

      // A staff member signed in on one server is signed in on the other.
      const staff = DEMO_STAFF.find((m) => m.role === 'admin')!;
      const signIn = await fetch(`${a}/api/v1/staff/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: staff.email, password: staff.password }),
      });
      expect(signIn.status).toBe(200);
      const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
      const me = await fetch(`${b}/api/v1/staff/me`, { headers: { cookie } });
      expect(me.status).toBe(200);

      // The public limit (60 a minute per address) is one count across both servers.
      let firstRefused = 0;
      for (let i = 1; i <= 80 && !firstRefused; i++) {
        const res = await fetch(`${i % 2 ? a : b}/api/v1/openapi.json`);
        if (res.status === 429) firstRefused = i;
        else expect(res.status).toBe(200);
      }
      expect(firstRefused).toBeGreaterThan(0);
      expect(firstRefused).toBeLessThanOrEqual(61);
    } finally {
      for (const server of servers) await killServer(server);
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    }
  }, 300_000);
});
