// Two builds of Heard side by side in ONE process and one run, e.g. today's tree against an older commit checked out
// in a git worktree: push throughput of each as a ratio of the same bare Fastify route, and the young person's
// initial JavaScript of each. Both trees get exactly the same workload (the one in bench/run.ts): batches of 20
// wall posts, each batch from its own phone, 8 requests in flight over real HTTP on loopback, rounds interleaved
// (tree A, bare, tree B, bare, …) so every figure sees the same machine load.
// Usage:
//   git worktree add --detach /tmp/bench-old <commit>; ln -s "$PWD/node_modules" /tmp/bench-old/node_modules
//   (cd /tmp/bench-old && npx vite build); npx vite build
//   BENCH_TREES=old=/tmp/bench-old,new=. npx tsx bench/compare.ts   (BENCH_ROUNDS, BENCH_BATCHES as in run.ts)
// BENCH_POSTGRES=1 runs every tree on PostgreSQL instead (a throwaway cluster as the api tests make, each tree in a
// schema of its own), or BENCH_POSTGRES_URL on one of yours.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import Fastify from 'fastify';
import { sql } from 'kysely';
import type * as AppModule from '../src/server/app';
import type * as ConnectionModule from '../src/server/db/connection';
import type * as MigrateModule from '../src/server/db/migrate';
import type * as SeedModule from '../src/server/db/seed';
import type * as ConfigModule from '../src/server/lib/config';
import type * as IdsModule from '../src/shared/ids';
import type * as ProtocolModule from '../src/shared/protocol';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const BATCHES = Number(process.env.BENCH_BATCHES ?? 100);
const BATCH = 20;
const IN_FLIGHT = 8;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

interface Tree {
  label: string;
  root: string;
}

function trees(): Tree[] {
  const spec = process.env.BENCH_TREES;
  if (!spec) throw new Error('Set BENCH_TREES=label=dir,label=dir (e.g. old=/tmp/bench-old,new=.).');
  return spec.split(',').map((part) => {
    const [label, dir] = part.split('=');
    if (!label || !dir) throw new Error(`BENCH_TREES entry "${part}" is not label=dir.`);
    return { label, root: path.resolve(dir) };
  });
}

/** Imports a module of one tree by its path (each tree's modules are separate: its own app, quotas, lexicons). */
async function load<T>(tree: Tree, file: string): Promise<T> {
  return (await import(pathToFileURL(path.join(tree.root, file)).href)) as T;
}

interface UnderTest {
  label: string;
  url: string;
  tokens: string[];
  body: () => string;
  /** Starts a new quota hour (a no-op for a tree without quotas). */
  newHour: () => Promise<void>;
  stop: () => Promise<void>;
}

/** PostgreSQL for the bench: BENCH_POSTGRES_URL, else (BENCH_POSTGRES=1) a throwaway cluster as the api tests make. */
async function postgres(): Promise<{ url: string; stop: () => void } | undefined> {
  if (process.env.BENCH_POSTGRES_URL) return { url: process.env.BENCH_POSTGRES_URL, stop: () => undefined };
  if (process.env.BENCH_POSTGRES !== '1') return undefined;
  const { default: setup } = await import('../test/fixtures/postgres-global-setup');
  let url: string | null = null;
  const teardown = await setup({ provide: (_key: string, value: string | null) => (url = value) } as never);
  if (!url) throw new Error('BENCH_POSTGRES=1 but no PostgreSQL server was found on this machine.');
  return { url, stop: () => teardown?.() };
}

async function heard(tree: Tree, postgresUrl?: string): Promise<UnderTest> {
  const { buildApp } = await load<typeof AppModule>(tree, 'src/server/app.ts');
  const { createDb } = await load<typeof ConnectionModule>(tree, 'src/server/db/connection.ts');
  const { migrateToLatest } = await load<typeof MigrateModule>(tree, 'src/server/db/migrate.ts');
  const { DEMO_JOIN_CODE, seedDemo } = await load<typeof SeedModule>(tree, 'src/server/db/seed.ts');
  const { loadConfig } = await load<typeof ConfigModule>(tree, 'src/server/lib/config.ts');
  const { newId } = await load<typeof IdsModule>(tree, 'src/shared/ids.ts');
  const { PROTOCOL_VERSION } = await load<typeof ProtocolModule>(tree, 'src/shared/protocol.ts');

  const dir = mkdtempSync(path.join(tmpdir(), `heard-compare-${tree.label}-`));
  const config = loadConfig({
    DATA_DIR: dir,
    HEARD_DEMO: '1',
    LOG_LEVEL: 'silent',
    STATIC_DIR: path.join(tree.root, 'dist'),
    ...(postgresUrl ? { DATABASE_URL: postgresUrl } : {}),
    // Connections kept open between rounds (a round of the other tree may last minutes) are not closed under the client.
    IDLE_TIMEOUT_SECONDS: '3600',
    KEEP_ALIVE_TIMEOUT_SECONDS: '3600',
  });
  // A database of its own for each tree (not a schema: Kysely's migrator would see the other tree's migration tables).
  const dbName = `bench_${tree.label.replace(/\W/g, '')}_${newId().replaceAll('-', '').slice(0, 8)}`;
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
  for (let i = 0; i < BATCHES; i++) {
    const joined = await fetch(`${base}/api/v1/devices`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ joinCode: DEMO_JOIN_CODE }),
    });
    tokens.push(((await joined.json()) as { token: string }).token);
  }
  const prompt = await db.selectFrom('wall_prompts').select('id').where('open', '=', 1).executeTakeFirstOrThrow();
  const hasQuotas = (await db.introspection.getTables()).some((t) => t.name === 'op_quotas');
  return {
    label: tree.label,
    url: `${base}/api/v1/sync/push`,
    tokens,
    body: () => {
      const createdAt = new Date().toISOString();
      return JSON.stringify({
        protocol: PROTOCOL_VERSION,
        ops: Array.from({ length: BATCH }, (_, i) => ({
          id: newId(),
          type: 'wall.post',
          payload: { promptId: prompt.id, text: `More days out together, number ${i}` },
          createdAt,
        })),
      });
    },
    newHour: async () => {
      if (hasQuotas) await db.deleteFrom('op_quotas').execute();
    },
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

async function bare(): Promise<{ url: string; stop: () => Promise<void> }> {
  const app = Fastify({ logger: false, bodyLimit: 64 * 1024 });
  app.post('/push', async (req) => {
    const body = req.body as { ops: { id: string }[] };
    return { results: body.ops.map((op) => ({ id: op.id, status: 'accepted', ref: op.id })) };
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { url: `http://127.0.0.1:${(app.server.address() as { port: number }).port}/push`, stop: () => app.close() };
}

/** BATCHES pushes, IN_FLIGHT at a time, each batch from the next phone; ops per second. */
async function pushRun(url: string, tokens: readonly string[], body: () => string): Promise<number> {
  const bodies = Array.from({ length: BATCHES }, body);
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < bodies.length) {
      const token = tokens[next % tokens.length]!;
      const payload = bodies[next++]!;
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: payload,
      });
      if (res.status !== 200) throw new Error(`push answered ${res.status}: ${await res.text()}`);
      const json = (await res.json()) as { results: { status: string }[] };
      if (json.results.length !== BATCH || json.results.some((r) => r.status !== 'accepted')) throw new Error('push did not accept every op');
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return (BATCHES * BATCH) / ((performance.now() - started) / 1000);
}

/** The young person's initial JavaScript (gzip -9 of every script and modulepreload in index.html) and the lazy safety chunk. */
function bundle(tree: Tree) {
  const dist = path.join(tree.root, 'dist');
  if (!existsSync(path.join(dist, 'index.html'))) return null;
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)].map(
    (m) => (m[1] ?? m[2])!,
  );
  const gz = (file: string) => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;
  const safety = readdirSync(path.join(dist, 'assets')).filter((f) => /^assess-text-[^/]*\.js$/.test(f));
  return {
    initial: initial.reduce((n, f) => n + gz(f), 0),
    files: initial.length,
    safety: safety.map((f) => ({ file: f, gzip: gz(`assets/${f}`), raw: readFileSync(path.join(dist, 'assets', f)).length })),
  };
}

async function main() {
  const list = trees();
  console.log(`Heard side by side — ${new Date().toISOString()} — Node ${process.version}`);
  console.log(`push: ${ROUNDS} rounds × ${BATCHES} batches of ${BATCH} wall posts (one phone per batch), ${IN_FLIGHT} in flight, HTTP over loopback`);
  console.log(`trees: ${list.map((t) => `${t.label}=${t.root}`).join(', ')}\n`);
  const pg = await postgres();
  console.log(`database: ${pg ? 'PostgreSQL' : 'SQLite (embedded, a temp directory)'}`);
  const apps: UnderTest[] = [];
  for (const t of list) apps.push(await heard(t, pg?.url));
  const b = await bare();
  const rates = new Map<string, number[]>(apps.map((a) => [a.label, []]));
  const bareRates = new Map<string, number[]>(apps.map((a) => [a.label, []]));
  const ratios = new Map<string, number[]>(apps.map((a) => [a.label, []]));
  try {
    for (const a of apps) {
      await a.newHour();
      await pushRun(a.url, a.tokens, a.body); // warm-up (compiles the safety lexicons where there are any)
    }
    await pushRun(b.url, apps[0]!.tokens, apps[0]!.body);
    for (let r = 0; r < ROUNDS; r++) {
      // Alternate which tree goes first, so neither always follows the other.
      const order = r % 2 === 0 ? apps : [...apps].reverse();
      const line: string[] = [];
      for (const a of order) {
        await a.newHour();
        const h = await pushRun(a.url, a.tokens, a.body);
        const bare = await pushRun(b.url, a.tokens, a.body);
        rates.get(a.label)!.push(h);
        bareRates.get(a.label)!.push(bare);
        ratios.get(a.label)!.push(h / bare);
        line.push(`${a.label} ${h.toFixed(0)} ops/s (bare ${bare.toFixed(0)}, ratio ${(h / bare).toFixed(3)})`);
      }
      console.log(`round ${r + 1}: ${line.join('   ')}`);
    }
  } finally {
    for (const a of apps) await a.stop();
    await b.stop();
    pg?.stop();
  }
  console.log('\npush, medians:');
  for (const a of apps) {
    console.log(
      `  ${a.label.padEnd(6)} Heard ${median(rates.get(a.label)!).toFixed(0)} ops/s   bare ${median(bareRates.get(a.label)!).toFixed(0)} ops/s   ratio ${median(ratios.get(a.label)!).toFixed(3)} (rounds: ${ratios
        .get(a.label)!
        .map((x) => x.toFixed(3))
        .join(', ')})`,
    );
  }
  if (apps.length === 2) {
    const [x, y] = apps as [UnderTest, UnderTest];
    const paired = ratios.get(y.label)!.map((v, i) => v / ratios.get(x.label)![i]!);
    console.log(
      `  ${y.label}/${x.label} of the ratios, per round: ${paired.map((v) => v.toFixed(2)).join(', ')} (median ${median(paired).toFixed(2)})`,
    );
    // The two trees ran next to each other in each round, so their own rates compare directly too (less noisy than
    // the bare route, whose runs last a fraction of a second).
    const direct = rates.get(y.label)!.map((v, i) => v / rates.get(x.label)![i]!);
    console.log(
      `  ${y.label}/${x.label} of Heard's own rates, per round: ${direct.map((v) => v.toFixed(2)).join(', ')} (median ${median(direct).toFixed(2)})`,
    );
  }
  console.log('\ninitial JavaScript of the young person (gzip -9), budget 120 KB:');
  for (const t of list) {
    const s = bundle(t);
    if (!s) {
      console.log(`  ${t.label}: no dist/ (run npx vite build in ${t.root})`);
      continue;
    }
    const lazy = s.safety.map((f) => `${f.file} ${kb(f.gzip)} gzip (${kb(f.raw)} raw)`).join(', ') || 'none';
    console.log(`  ${t.label.padEnd(6)} ${kb(s.initial)} in ${s.files} files; lazy safety chunk: ${lazy}`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
