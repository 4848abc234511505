// "Wi-Fi comes back at the care home": 200 phones of one council, each with 20 wall posts queued, all push at the same
// moment over real HTTP (loopback), then all make their first pull at the same moment. Latency of each push and each
// pull (p50, p95, worst), and a check that every op was accepted exactly once (its answer, its op record, its post).
// Trees side by side in ONE process, rounds interleaved (tree A, tree B, then B, A…), as in compare.ts.
// Usage:
//   BENCH_TREES=old=/tmp/bench-old,new=. npx tsx bench/reconnect.ts       (embedded SQLite in a temp directory)
//   BENCH_POSTGRES=1 BENCH_TREES=old=/tmp/bench-old,new=. npx tsx bench/reconnect.ts   (a throwaway PostgreSQL cluster)
//   RECONNECT_DEVICES (200), RECONNECT_OPS (20), BENCH_ROUNDS (3)
// For the bench only: the per-device rate limit is off (as in run.ts), and the council's hourly wall-post quota (3,000)
// is raised to 100,000 in both trees, since 200 × 20 posts in one hour from one join code is past it by design; each
// round starts a new quota hour. Requests get 600 s instead of 30 s, so a slow push is measured rather than cut off.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sql } from 'kysely';
import type * as AppModule from '../src/server/app';
import type * as ConnectionModule from '../src/server/db/connection';
import type * as MigrateModule from '../src/server/db/migrate';
import type * as SeedModule from '../src/server/db/seed';
import type * as ConfigModule from '../src/server/lib/config';
import type * as QuotaModule from '../src/server/sync/quota';
import type * as IdsModule from '../src/shared/ids';
import type * as ProtocolModule from '../src/shared/protocol';

const DEVICES = Number(process.env.RECONNECT_DEVICES ?? 200);
const OPS = Number(process.env.RECONNECT_OPS ?? 20);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

interface Tree {
  label: string;
  root: string;
}

function trees(): Tree[] {
  const spec = process.env.BENCH_TREES ?? 'now=.';
  return spec.split(',').map((part) => {
    const [label, dir] = part.split('=');
    if (!label || !dir) throw new Error(`BENCH_TREES entry "${part}" is not label=dir.`);
    return { label, root: path.resolve(dir) };
  });
}

async function load<T>(tree: Tree, file: string): Promise<T> {
  return (await import(pathToFileURL(path.join(tree.root, file)).href)) as T;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0;
};
const median = (xs: number[]) => pct(xs, 50);

async function postgres(): Promise<{ url: string; stop: () => void } | undefined> {
  if (process.env.BENCH_POSTGRES_URL) return { url: process.env.BENCH_POSTGRES_URL, stop: () => undefined };
  if (process.env.BENCH_POSTGRES !== '1') return undefined;
  const { default: setup } = await import('../test/fixtures/postgres-global-setup');
  let url: string | null = null;
  const teardown = await setup({ provide: (_key: string, value: string | null) => (url = value) } as never);
  if (!url) throw new Error('BENCH_POSTGRES=1 but no PostgreSQL server was found on this machine.');
  return { url, stop: () => teardown?.() };
}

interface RoundFigures {
  push: number[];
  pull: number[];
  wallMs: number;
}

async function setUp(tree: Tree, postgresUrl?: string) {
  const { buildApp } = await load<typeof AppModule>(tree, 'src/server/app.ts');
  const { createDb } = await load<typeof ConnectionModule>(tree, 'src/server/db/connection.ts');
  const { migrateToLatest } = await load<typeof MigrateModule>(tree, 'src/server/db/migrate.ts');
  const { DEMO_JOIN_CODE, seedDemo } = await load<typeof SeedModule>(tree, 'src/server/db/seed.ts');
  const { loadConfig } = await load<typeof ConfigModule>(tree, 'src/server/lib/config.ts');
  const { QUOTAS } = await load<typeof QuotaModule>(tree, 'src/server/sync/quota.ts');
  const { newId } = await load<typeof IdsModule>(tree, 'src/shared/ids.ts');
  const { PROTOCOL_VERSION } = await load<typeof ProtocolModule>(tree, 'src/shared/protocol.ts');
  QUOTAS['wall.post'] = { perDevice: QUOTAS['wall.post']?.perDevice ?? 60, perCouncil: 100_000 };

  const dir = mkdtempSync(path.join(tmpdir(), `heard-reconnect-${tree.label}-`));
  const config = loadConfig({
    DATA_DIR: dir,
    HEARD_DEMO: '1',
    LOG_LEVEL: 'silent',
    STATIC_DIR: path.join(tree.root, 'dist'),
    // A push that waits behind 4,000 others may take longer than the 30 s a request gets in production: measured here.
    REQUEST_TIMEOUT_SECONDS: '600',
    ...(postgresUrl ? { DATABASE_URL: postgresUrl } : {}),
    // Connections kept open between rounds (a round of the other tree may last minutes) are not closed under the client.
    IDLE_TIMEOUT_SECONDS: '3600',
    KEEP_ALIVE_TIMEOUT_SECONDS: '3600',
  });
  // A database of its own for each tree (not a schema: Kysely's migrator would see the other tree's migration tables).
  const dbName = `reconnect_${tree.label.replace(/\W/g, '')}_${newId().replaceAll('-', '').slice(0, 8)}`;
  const treeUrl = postgresUrl ? Object.assign(new URL(postgresUrl), { pathname: `/${dbName}` }).toString() : undefined;
  if (postgresUrl) {
    const admin = createDb({ databaseUrl: postgresUrl, poolSize: 1 });
    await sql`create database ${sql.id(dbName)}`.execute(admin);
    await admin.destroy();
  }
  const db = treeUrl ? createDb({ databaseUrl: treeUrl }) : createDb(config);
  await migrateToLatest(db);
  await seedDemo(db, new Date());
  const app = await buildApp({ db, config, now: () => new Date() }, { logger: false, rateLimits: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  const tokens: string[] = [];
  for (let i = 0; i < DEVICES; i++) {
    const joined = await fetch(`${base}/api/v1/devices`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ joinCode: DEMO_JOIN_CODE }),
    });
    tokens.push(((await joined.json()) as { token: string }).token);
  }
  const prompt = await db.selectFrom('wall_prompts').select('id').where('open', '=', 1).executeTakeFirstOrThrow();

  /** One reconnect: every phone pushes its queue at once, then every phone pulls at once. */
  const round = async (): Promise<RoundFigures> => {
    await db.deleteFrom('op_quotas').execute();
    const createdAt = new Date().toISOString();
    const queues = tokens.map(() =>
      Array.from({ length: OPS }, (_, i) => ({
        id: newId(),
        type: 'wall.post',
        payload: { promptId: prompt.id, text: `We want more trips out, number ${i}` },
        createdAt,
      })),
    );
    const started = performance.now();
    const push = await Promise.all(
      tokens.map(async (token, d) => {
        const t0 = performance.now();
        const res = await fetch(`${base}/api/v1/sync/push`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ protocol: PROTOCOL_VERSION, ops: queues[d] }),
        });
        const body = (await res.json()) as { results?: { id: string; status: string }[] };
        const ms = performance.now() - t0;
        const ids = queues[d]!.map((op) => op.id);
        if (res.status !== 200 || body.results?.length !== OPS || body.results.some((r, i) => r.status !== 'accepted' || r.id !== ids[i])) {
          throw new Error(`${tree.label}: a push was not accepted whole: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
        }
        return ms;
      }),
    );
    const pull = await Promise.all(
      tokens.map(async (token) => {
        const t0 = performance.now();
        const res = await fetch(`${base}/api/v1/sync/pull?since=0`, { headers: { authorization: `Bearer ${token}` } });
        const body = (await res.json()) as { changes?: unknown };
        if (res.status !== 200 || !body.changes) throw new Error(`${tree.label}: a pull answered ${res.status}`);
        return performance.now() - t0;
      }),
    );
    const wallMs = performance.now() - started;
    // Accepted exactly once: one op record and one post per op id.
    const ids = queues.flat().map((op) => op.id);
    let records = 0;
    let posts = 0;
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      records += Number(
        (
          await db
            .selectFrom('ops')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('id', 'in', chunk)
            .executeTakeFirstOrThrow()
        ).n,
      );
      posts += Number(
        (
          await db
            .selectFrom('wall_posts')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('op_id', 'in', chunk)
            .executeTakeFirstOrThrow()
        ).n,
      );
    }
    if (records !== ids.length || posts !== ids.length) throw new Error(`${tree.label}: ${ids.length} ops, ${records} op records, ${posts} posts`);
    return { push, pull, wallMs };
  };

  return {
    label: tree.label,
    round,
    stop: async () => {
      await app.close();
      await db.destroy();
      if (postgresUrl) {
        const admin = createDb({ databaseUrl: postgresUrl, poolSize: 1 });
        await sql`drop database ${sql.id(dbName)}`.execute(admin);
        await admin.destroy();
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const fmt = (ms: number) => `${ms.toFixed(0)} ms`;

async function main() {
  const list = trees();
  const pg = await postgres();
  console.log(`Care home reconnect — ${new Date().toISOString()} — Node ${process.version}`);
  console.log(
    `${DEVICES} phones × ${OPS} wall posts at once, then ${DEVICES} first pulls at once; ${ROUNDS} rounds; ${pg ? 'PostgreSQL' : 'SQLite'}`,
  );
  const setups = [];
  for (const t of list) setups.push(await setUp(t, pg?.url));
  const figures = new Map<string, RoundFigures[]>(setups.map((s) => [s.label, []]));
  try {
    for (const s of setups) await s.round(); // warm-up (compiles the safety lexicons)
    for (let r = 0; r < ROUNDS; r++) {
      const order = r % 2 === 0 ? setups : [...setups].reverse();
      for (const s of order) {
        const f = await s.round();
        figures.get(s.label)!.push(f);
        console.log(
          `round ${r + 1} ${s.label}: push p50 ${fmt(pct(f.push, 50))} p95 ${fmt(pct(f.push, 95))} worst ${fmt(Math.max(...f.push))}; ` +
            `first pull p50 ${fmt(pct(f.pull, 50))} p95 ${fmt(pct(f.pull, 95))}; all ${fmt(f.wallMs)}; ${DEVICES * OPS} ops accepted once`,
        );
      }
    }
  } finally {
    for (const s of setups) await s.stop();
    pg?.stop();
  }
  console.log('\nmedians of the rounds:');
  for (const s of setups) {
    const fs = figures.get(s.label)!;
    const m = (pick: (f: RoundFigures) => number) => fmt(median(fs.map(pick)));
    console.log(
      `  ${s.label.padEnd(6)} push p50 ${m((f) => pct(f.push, 50))} p95 ${m((f) => pct(f.push, 95))}   first pull p50 ${m((f) => pct(f.pull, 50))} p95 ${m((f) => pct(f.pull, 95))}   all ${m((f) => f.wallMs)}`,
    );
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
