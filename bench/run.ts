// Heard's benchmarks, side by side in one run (the machine is shared and noisy, so only ratios mean much):
// 1. push throughput: 20-op batches of wall posts into Heard on embedded SQLite, against a bare Fastify route that
//    parses the same body and answers a result of the same shape without a database;
// 2. the young person's initial JavaScript (gzip), against the 120 KB budget, and the staff area's lazy chunks.
// Usage: npm run build && npm run bench   (BENCH_ROUNDS, BENCH_BATCHES to change the size; BENCH_POSTGRES=1 also
// measures Heard on a throwaway PostgreSQL cluster, or BENCH_POSTGRES_URL on one of yours)
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { newId } from '../src/shared/ids';
import { PROTOCOL_VERSION } from '../src/shared/protocol';
import { buildApp } from '../src/server/app';
import { createDb } from '../src/server/db/connection';
import { migrateToLatest } from '../src/server/db/migrate';
import { DEMO_JOIN_CODE, seedDemo } from '../src/server/db/seed';
import { loadConfig } from '../src/server/lib/config';

const ROOT = path.resolve(import.meta.dirname, '..');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const BATCHES = Number(process.env.BENCH_BATCHES ?? 100);
const BATCH = 20;
const IN_FLIGHT = 8;
const BUDGET_KB = 120;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function batch(promptId: string) {
  const createdAt = new Date().toISOString();
  return JSON.stringify({
    protocol: PROTOCOL_VERSION,
    ops: Array.from({ length: BATCH }, (_, i) => ({
      id: newId(),
      type: 'wall.post',
      payload: { promptId, text: `More days out together, number ${i}` },
      createdAt,
    })),
  });
}

/**
 * Sends BATCHES pushes with IN_FLIGHT at a time over real HTTP, each batch from the next phone in turn (one phone may
 * create only so many posts an hour); returns ops per second.
 */
async function pushRun(url: string, tokens: readonly string[], promptId: string): Promise<number> {
  const bodies = Array.from({ length: BATCHES }, () => batch(promptId));
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < bodies.length) {
      const token = tokens[next % tokens.length]!;
      const body = bodies[next++]!;
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
      if (res.status !== 200) throw new Error(`push answered ${res.status}: ${await res.text()}`);
      const json = (await res.json()) as { results: { status: string }[] };
      if (json.results.length !== BATCH || json.results.some((r) => r.status !== 'accepted')) throw new Error('push did not accept every op');
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return (BATCHES * BATCH) / ((performance.now() - started) / 1000);
}

interface HeardUnderTest {
  app: FastifyInstance;
  url: string;
  /** One phone per batch of a run, so no phone reaches its hourly quota. */
  tokens: string[];
  promptId: string;
  /** A run is a new hour for the quotas: the demo council's hourly count is not what is measured. */
  newHour: () => Promise<void>;
  stop: () => Promise<void>;
}

/** Heard on embedded SQLite (a temp directory), or on PostgreSQL at `postgresUrl` in a schema of its own. */
async function heard(postgresUrl?: string): Promise<HeardUnderTest> {
  const dir = mkdtempSync(path.join(tmpdir(), 'heard-bench-'));
  const config = loadConfig({
    DATA_DIR: dir,
    HEARD_DEMO: '1',
    LOG_LEVEL: 'silent',
    STATIC_DIR: path.join(ROOT, 'dist'),
    ...(postgresUrl ? { DATABASE_URL: postgresUrl } : {}),
  });
  const schema = `bench_${newId().replaceAll('-', '').slice(0, 12)}`;
  if (postgresUrl) {
    const admin = createDb({ databaseUrl: postgresUrl, poolSize: 1 });
    await sql`create schema ${sql.id(schema)}`.execute(admin);
    await admin.destroy();
  }
  const db = postgresUrl ? createDb({ databaseUrl: postgresUrl, searchPath: schema }) : createDb(config);
  await migrateToLatest(db);
  await seedDemo(db, new Date());
  // The per-device limit (600 a minute) would throttle a benchmark; it is switched off here and only here.
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
  return {
    app,
    url: `${base}/api/v1/sync/push`,
    tokens,
    promptId: prompt.id,
    newHour: async () => {
      await db.deleteFrom('op_quotas').execute();
    },
    stop: async () => {
      await app.close();
      if (postgresUrl) await sql`drop schema ${sql.id(schema)} cascade`.execute(db);
      await db.destroy();
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

function bundle() {
  const dist = path.join(ROOT, 'dist');
  if (!existsSync(path.join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first.');
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)].map(
    (m) => (m[1] ?? m[2])!,
  );
  const gz = (file: string) => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;
  const initialBytes = initial.map((f) => ({ file: f, gzip: gz(f) }));
  const assets = readdirSync(path.join(dist, 'assets'));
  const staff = assets.filter((f) => f.startsWith('staff') && f.endsWith('.js'));
  const precache = readdirSync(dist, { recursive: true })
    .map(String)
    .filter((f) => /\.(js|css|html|json|png|svg|webmanifest)$/.test(f))
    .reduce((n, f) => n + statSync(path.join(dist, f)).size, 0);
  return { initialBytes, staffGzip: staff.reduce((n, f) => n + gz(`/assets/${f}`), 0), staffFiles: staff.length, precache };
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

async function pushBench(name: string, h: HeardUnderTest, b: { url: string }): Promise<void> {
  const heardRates: number[] = [];
  const bareRates: number[] = [];
  await h.newHour();
  await pushRun(h.url, h.tokens, h.promptId); // warm-up
  await pushRun(b.url, h.tokens, h.promptId);
  for (let r = 0; r < ROUNDS; r++) {
    // Interleaved, so both see the same machine load.
    await h.newHour();
    heardRates.push(await pushRun(h.url, h.tokens, h.promptId));
    bareRates.push(await pushRun(b.url, h.tokens, h.promptId));
    console.log(`round ${r + 1}: Heard on ${name} ${heardRates.at(-1)!.toFixed(0)} ops/s, bare Fastify ${bareRates.at(-1)!.toFixed(0)} ops/s`);
  }
  const hm = median(heardRates);
  const bm = median(bareRates);
  console.log(
    `push (median)   Heard on ${name}: ${hm.toFixed(0)} ops/s   bare Fastify: ${bm.toFixed(0)} ops/s   ratio Heard/bare: ${(hm / bm).toFixed(3)}\n`,
  );
}

async function main() {
  console.log(`Heard benchmarks — ${new Date().toISOString()} — Node ${process.version}`);
  console.log(`push: ${ROUNDS} rounds × ${BATCHES} batches of ${BATCH} wall posts, ${IN_FLIGHT} requests in flight, HTTP over loopback\n`);
  const b = await bare();
  const pgServer = await postgres();
  try {
    for (const [name, url] of [['SQLite', undefined], ...(pgServer ? [['PostgreSQL', pgServer.url] as const] : [])] as const) {
      const h = await heard(url);
      try {
        await pushBench(name, h, b);
      } finally {
        await h.stop();
      }
    }
  } finally {
    await b.stop();
    pgServer?.stop();
  }

  const size = bundle();
  const total = size.initialBytes.reduce((n, f) => n + f.gzip, 0);
  console.log(`\ninitial JavaScript of the young person's shell (gzip -9):`);
  for (const f of size.initialBytes) console.log(`  ${f.file}  ${kb(f.gzip)}`);
  console.log(`  total ${kb(total)}  (budget ${BUDGET_KB} KB: ${total <= BUDGET_KB * 1024 ? 'within' : 'OVER'})`);
  console.log(`staff area, lazy (${size.staffFiles} chunks): ${kb(size.staffGzip)} gzip — never downloaded by young people`);
  console.log(`precached build, uncompressed: ${kb(size.precache)}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
