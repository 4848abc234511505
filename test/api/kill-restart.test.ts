// The server process killed (SIGKILL) while phones push, then started again on the same database, several times over:
// every op the server answered "accepted" before it died is still in the database; every
// op whose answer never arrived is accepted exactly once when the phone sends it again; no op is stored twice. On
// SQLite (a file, synchronous = FULL) and on PostgreSQL (a schema of its own) when the tests have one. Kills at an
// exact commit point, in the middle of the sync property test's histories, are test/chaos/sync-chaos-real-kill.test.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { newId } from '../../src/shared/ids';
import { PROTOCOL_VERSION } from '../../src/shared/protocol';
import { DEMO_JOIN_CODE } from '../../src/server/db/seed';
import { killServer as kill, startServer as start } from '../fixtures/server-process';

const KILLS = Number(process.env.KILL_ROUNDS ?? 4);
const PHONES = 12;
const BATCH = 20;

async function join(url: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/devices`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ joinCode: DEMO_JOIN_CODE }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { token: string }).token;
}

interface SentOp {
  id: string;
  type: string;
  payload: unknown;
  createdAt: string;
}

async function push(url: string, token: string, ops: SentOp[]): Promise<string[] | null> {
  try {
    const res = await fetch(`${url}/api/v1/sync/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ protocol: PROTOCOL_VERSION, ops }),
    });
    if (res.status !== 200) return null;
    return ((await res.json()) as { results: { status: string }[] }).results.map((r) => r.status);
  } catch {
    return null; // the connection died with the server: the phone keeps its ops and sends them again
  }
}

async function openPrompt(url: string, token: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/sync/pull?since=0`, { headers: { authorization: `Bearer ${token}` } });
  const body = (await res.json()) as { changes: { wallPrompts?: { id: string; open?: boolean }[] } };
  const prompt = body.changes.wallPrompts?.find((p) => p.open !== false);
  expect(prompt).toBeDefined();
  return prompt!.id;
}

async function run(kind: 'sqlite' | 'postgres', env: NodeJS.ProcessEnv, countOps: (ids: string[]) => Promise<number>) {
  let server = await start(env);
  const token0 = await join(server.url);
  const promptId = await openPrompt(server.url, token0);
  const accepted = new Set<string>();
  const unanswered = new Map<string, { token: string; op: SentOp }>();
  let sent = 0;
  let cutOff = 0;
  let acceptedBeforeKills = 0;
  for (let round = 0; round < KILLS; round++) {
    const tokens = await Promise.all(Array.from({ length: PHONES }, () => join(server.url)));
    // Each phone sends two batches one after the other; the server is killed part-way through, at a different
    // moment each round (before some commits, after others, between an answer and its delivery).
    let answered = 0;
    const target = [2, 8, 14, 20][round % 4]!;
    let reached: () => void = () => undefined;
    const enough = new Promise<void>((resolve) => (reached = resolve));
    const pushes = tokens.map(async (token, phone) => {
      for (let b = 0; b < 2; b++) {
        const ops = Array.from({ length: BATCH }, (_, i) => ({
          id: newId(),
          type: 'wall.post',
          payload: { promptId, text: `More trips out, round ${round} phone ${phone} number ${b * BATCH + i}` },
          createdAt: new Date().toISOString(),
        }));
        sent += ops.length;
        const results = await push(server.url, token, ops);
        for (const [i, op] of ops.entries()) {
          if (results?.[i] === 'accepted') {
            accepted.add(op.id);
            acceptedBeforeKills++;
          } else unanswered.set(op.id, { token, op });
        }
        if (results && ++answered >= target) reached();
      }
    });
    // Killed after a different number of answered pushes each round, with others in flight.
    await Promise.race([enough, Promise.all(pushes)]);
    await kill(server);
    await Promise.all(pushes);
    cutOff += unanswered.size;
    server = await start(env);
    // The phones send again what never got an answer.
    const retried = new Map<string, SentOp[]>();
    for (const { token, op } of unanswered.values()) retried.set(token, [...(retried.get(token) ?? []), op]);
    for (const [token, ops] of retried) {
      const results = await push(server.url, token, ops);
      expect(results).not.toBeNull();
      for (const [i, op] of ops.entries()) {
        expect(['accepted', 'duplicate']).toContain(results![i]);
        accepted.add(op.id);
        unanswered.delete(op.id);
      }
    }
  }
  // Every op answered "accepted" before a kill is still there, once, with its wall post.
  const token = await join(server.url);
  expect(token).toBeTruthy();
  await kill(server);
  expect(unanswered.size).toBe(0);
  const ids = [...accepted];
  expect(ids.length).toBe(sent);
  expect(await countOps(ids)).toBe(ids.length);
  // The kills did cut pushes off: some ops had no answer when the server died.
  expect(cutOff).toBeGreaterThan(0);
  expect(acceptedBeforeKills).toBeGreaterThan(0);
  console.log(
    `kill and restart [${kind}]: ${KILLS} kills, ${sent} ops sent, ${cutOff} cut off unanswered and sent again, ${acceptedBeforeKills} answered "accepted" by a server then killed, all ${ids.length} stored exactly once`,
  );
}

describe('the server killed mid-push and started again', () => {
  it('keeps every accepted op on SQLite, and stores each op exactly once', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'heard-kill-'));
    try {
      const Database = (await import('better-sqlite3')).default;
      await run('sqlite', { DATA_DIR: dir, DATABASE_URL: '' }, async (ids) => {
        const db = new Database(path.join(dir, 'heard.sqlite'), { readonly: true });
        try {
          const count = db.prepare(`select count(*) as n from ops where id in (${ids.map(() => '?').join(',')})`).get(...ids) as { n: number };
          const posts = db.prepare(`select count(*) as n from wall_posts where op_id in (${ids.map(() => '?').join(',')})`).get(...ids) as {
            n: number;
          };
          expect(posts.n).toBe(ids.length);
          return count.n;
        } finally {
          db.close();
        }
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);

  const postgresUrl = inject('postgresUrl');
  it.skipIf(!postgresUrl)(
    'keeps every accepted op on PostgreSQL, and stores each op exactly once',
    async () => {
      const schema = `kill_${newId().replaceAll('-', '').slice(0, 12)}`;
      const admin = new pg.Client({ connectionString: postgresUrl! });
      await admin.connect();
      await admin.query(`create schema ${schema}`);
      const url = new URL(postgresUrl!);
      url.searchParams.set('options', `-c search_path=${schema}`);
      try {
        await run('postgres', { DATABASE_URL: url.toString(), DATA_DIR: mkdtempSync(path.join(tmpdir(), 'heard-kill-pg-')) }, async (ids) => {
          const ops = await admin.query<{ n: string }>(`select count(*) as n from ${schema}.ops where id = any($1)`, [ids]);
          const posts = await admin.query<{ n: string }>(`select count(*) as n from ${schema}.wall_posts where op_id = any($1)`, [ids]);
          expect(Number(posts.rows[0]!.n)).toBe(ids.length);
          return Number(ops.rows[0]!.n);
        });
      } finally {
        await admin.query(`drop schema ${schema} cascade`);
        await admin.end();
      }
    },
    600_000,
  );
});
