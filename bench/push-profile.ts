// Where a push's time goes: pushes of 20 wall posts (one phone each) through buildApp + inject on embedded SQLite,
// one after another in one process. Every SQLite statement is timed (prepare and run, as Kysely's SQLite driver
// prepares each query afresh) and grouped by the table it touches; PROFILE_CPU records a CPU profile to see the rest
// (the safety check is one synchronous call, so its share is the profile's samples under assessText).
// Usage:
//   npx tsx bench/push-profile.ts                       (PROFILE_TREE=/path/to/a/worktree to profile another tree,
//   PROFILE_CPU=/tmp/push.cpuprofile npx tsx bench/push-profile.ts     PROFILE_PUSHES, PROFILE_TERMS)
//   npx tsx bench/push-profile.ts --read /tmp/push.cpuprofile   (shares of the profile)
// PROFILE_CPU records a CPU profile of the measured pushes only (not the set-up, whose staff passwords take seconds).
// PROFILE_TERMS=n gives the demo council n safety words of its own first (a council that has set some).
// PROFILE_STATEMENT_CACHE=1 reuses each prepared statement (by its SQL), to measure what such a cache would save.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as AppModule from '../src/server/app';
import type * as ConnectionModule from '../src/server/db/connection';
import type * as MigrateModule from '../src/server/db/migrate';
import type * as SeedModule from '../src/server/db/seed';
import type * as ConfigModule from '../src/server/lib/config';
import type * as IdsModule from '../src/shared/ids';
import type * as ProtocolModule from '../src/shared/protocol';

const TREE = path.resolve(process.env.PROFILE_TREE ?? path.join(import.meta.dirname, '..'));
const PUSHES = Number(process.env.PROFILE_PUSHES ?? 300);
const TERMS = Number(process.env.PROFILE_TERMS ?? 0);
const BATCH = 20;
/** PROFILE_STATEMENT_CACHE=1: what a prepared-statement cache would save (Kysely's SQLite driver prepares every query). */
const STATEMENT_CACHE = process.env.PROFILE_STATEMENT_CACHE === '1';

/** Which part of the push path a statement belongs to, by the table it names. */
function category(sql: string): string {
  const s = sql.trim().toLowerCase();
  if (/^(begin|commit|rollback|savepoint|release)/.test(s)) return 'transaction + savepoint';
  if (s.includes('"op_quotas"')) return 'quota counters (op_quotas)';
  if (s.includes('"council_seq"') || s.includes('"change_log"')) return 'change log (council_seq + change_log)';
  if (s.includes('"safety_terms"')) return "council's safety words (safety_terms)";
  if (s.includes('"wall_posts"')) return 'insert wall_posts';
  if (s.includes('"wall_prompts"') || s.includes('"districts"')) return 'prompt lookup';
  if (s.includes('"ops"')) return 'op log (ops: lookup + insert)';
  if (s.includes('"devices"') || s.includes('"device')) return 'device auth';
  return `other: ${s.slice(0, 60)}`;
}

const sqlTime = new Map<string, { ms: number; n: number }>();
const add = (cat: string, ms: number, count: boolean) => {
  const e = sqlTime.get(cat) ?? { ms: 0, n: 0 };
  e.ms += ms;
  if (count) e.n += 1;
  sqlTime.set(cat, e);
};

function instrumentSqlite() {
  // The tree's node_modules is a link to the same install, so this is the module its connection uses.
  const SQLite = createRequire(path.join(TREE, 'package.json'))('better-sqlite3') as { prototype: Record<string, unknown> };
  const proto = SQLite.prototype as { prepare: (sql: string) => object };
  const prepare = proto.prepare;
  let patched = false;
  const cache = new WeakMap<object, Map<string, object>>();
  proto.prepare = function (this: object, sql: string) {
    const t = performance.now();
    let stmt: object | undefined;
    if (STATEMENT_CACHE) {
      const mine = cache.get(this) ?? new Map<string, object>();
      cache.set(this, mine);
      stmt = mine.get(sql);
      if (!stmt) mine.set(sql, (stmt = prepare.call(this, sql)));
    } else stmt = prepare.call(this, sql);
    add(category(sql), performance.now() - t, false);
    if (!patched) {
      patched = true;
      const sp = Object.getPrototypeOf(stmt) as Record<string, (...a: unknown[]) => unknown>;
      for (const name of ['run', 'all', 'get']) {
        const original = sp[name]!;
        sp[name] = function (this: { source: string }, ...args: unknown[]) {
          const s = performance.now();
          try {
            return original.apply(this, args);
          } finally {
            add(category(this.source), performance.now() - s, true);
          }
        };
      }
    }
    return stmt;
  };
}

async function load<T>(file: string): Promise<T> {
  return (await import(pathToFileURL(path.join(TREE, file)).href)) as T;
}

async function run() {
  instrumentSqlite();
  const { buildApp } = await load<typeof AppModule>('src/server/app.ts');
  const { createDb } = await load<typeof ConnectionModule>('src/server/db/connection.ts');
  const { migrateToLatest } = await load<typeof MigrateModule>('src/server/db/migrate.ts');
  const { DEMO_JOIN_CODE, DEMO_COUNCIL_ID, seedDemo } = await load<typeof SeedModule>('src/server/db/seed.ts');
  const { loadConfig } = await load<typeof ConfigModule>('src/server/lib/config.ts');
  const { newId } = await load<typeof IdsModule>('src/shared/ids.ts');
  const { PROTOCOL_VERSION } = await load<typeof ProtocolModule>('src/shared/protocol.ts');

  const dir = mkdtempSync(path.join(tmpdir(), 'heard-profile-'));
  const config = loadConfig({ DATA_DIR: dir, HEARD_DEMO: '1', LOG_LEVEL: 'silent', STATIC_DIR: path.join(dir, 'none') });
  const db = createDb(config);
  await migrateToLatest(db);
  await seedDemo(db, new Date());
  if (TERMS > 0) {
    const staff = await db.selectFrom('staff').select('id').where('council_id', '=', DEMO_COUNCIL_ID).executeTakeFirstOrThrow();
    for (let i = 0; i < TERMS; i++) {
      const row = {
        id: newId(),
        council_id: DEMO_COUNCIL_ID,
        term: `estate word ${i}`,
        category: 'criminal-exploitation',
        language: 'en',
        created_by: staff.id,
        created_at: new Date().toISOString(),
      };
      await db
        .insertInto('safety_terms' as never)
        .values(row as never)
        .execute();
    }
  }
  const app = await buildApp({ db, config, now: () => new Date() }, { logger: false, rateLimits: false });
  const prompt = await db.selectFrom('wall_prompts').select('id').where('open', '=', 1).executeTakeFirstOrThrow();
  const tokens: string[] = [];
  for (let i = 0; i < PUSHES; i++) {
    const res = await app.inject({ method: 'POST', url: '/api/v1/devices', payload: { joinCode: DEMO_JOIN_CODE } });
    tokens.push(res.json<{ token: string }>().token);
  }
  const push = async (token: string) => {
    const ops = Array.from({ length: BATCH }, (_, i) => ({
      id: newId(),
      type: 'wall.post',
      payload: { promptId: prompt.id, text: `More days out together, number ${i}` },
      createdAt: new Date().toISOString(),
    }));
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      headers: { authorization: `Bearer ${token}` },
      payload: { protocol: PROTOCOL_VERSION, ops },
    });
    if (res.json<{ results: { status: string }[] }>().results.some((r) => r.status !== 'accepted')) throw new Error('a push was refused');
  };
  for (const token of tokens.slice(0, 20)) await push(token); // warm-up, and the lexicons' one-off compile
  await db
    .deleteFrom('op_quotas' as never)
    .execute()
    .catch(() => undefined);
  sqlTime.clear();
  const session = process.env.PROFILE_CPU ? new Session() : null;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  const started = performance.now();
  for (const [i, token] of tokens.entries()) {
    // A new quota hour every 100 pushes: the council may create 3,000 posts an hour, and that limit is not measured.
    if (i > 0 && i % 100 === 0)
      await db
        .deleteFrom('op_quotas' as never)
        .execute()
        .catch(() => undefined);
    await push(token);
  }
  const total = performance.now() - started;
  if (session) {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(process.env.PROFILE_CPU!, JSON.stringify(profile));
    session.disconnect();
  }
  const ops = PUSHES * BATCH;
  console.log(
    `${PUSHES} pushes of ${BATCH} wall posts from ${TREE}${TERMS ? ` (council has ${TERMS} safety words)` : ''}: ${((total * 1000) / ops).toFixed(0)} µs per op, ${(ops / (total / 1000)).toFixed(0)} ops/s`,
  );
  console.log('SQLite time per op (prepare + run), by what the statement is for:');
  let sum = 0;
  for (const [cat, e] of [...sqlTime].sort((a, b) => b[1].ms - a[1].ms)) {
    sum += e.ms;
    console.log(`  ${((e.ms * 1000) / ops).toFixed(1).padStart(7)} µs  ${(e.n / ops).toFixed(2)} statements  ${cat}`);
  }
  console.log(`  ${((sum * 1000) / ops).toFixed(1).padStart(7)} µs  all SQLite (${((100 * sum) / total).toFixed(0)}% of the time)`);
  await app.close();
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

/** Shares of a .cpuprofile: samples under named functions (inclusive, each sample once) and self time by package. */
function read(file: string) {
  const prof = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const weight = new Map<number, number>();
  prof.samples.forEach((id, i) => weight.set(id, (weight.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
  let total = 0;
  for (const w of weight.values()) total += w;
  const inclusive = new Map<string, number>();
  const self = new Map<string, number>();
  const named = [
    'assessText',
    'compileExtra',
    'safeParse',
    'hasNul',
    'matchText',
    'normaliseText',
    'findPersonalDetails',
    'compileQuery',
    'executeQuery',
    'inject',
  ];
  for (const [id, w] of weight) {
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const fn = byId.get(cur)!.callFrame.functionName;
      if (named.includes(fn) && !seen.has(fn)) {
        seen.add(fn);
        inclusive.set(fn, (inclusive.get(fn) ?? 0) + w);
      }
    }
    const frame = byId.get(id)!.callFrame;
    const pkg =
      /node_modules\/([^/]+)/.exec(frame.url)?.[1] ??
      (frame.url.includes('/src/')
        ? `src/${frame.url.split('/src/')[1]!.split('/').slice(0, 3).join('/')}`
        : frame.url
          ? 'node internals'
          : frame.functionName);
    self.set(pkg, (self.get(pkg) ?? 0) + w);
  }
  const pct = (x: number) => `${((100 * x) / total).toFixed(1)}%`;
  console.log(`profile ${file}: ${(total / 1e6).toFixed(2)} s sampled`);
  console.log('inclusive (samples with the function on the stack; async callers are not on the stack after an await):');
  for (const fn of named) if (inclusive.has(fn)) console.log(`  ${pct(inclusive.get(fn)!).padStart(6)}  ${fn}`);
  console.log('self time by package or source folder (top 15):');
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${pct(v).padStart(6)}  ${k}`);
}

const readAt = process.argv.indexOf('--read');
if (readAt > 0) read(process.argv[readAt + 1]!);
else
  run().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
