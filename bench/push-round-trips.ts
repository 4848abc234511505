// How many round trips to PostgreSQL one push of 20 wall posts costs (one phone, on the quick path): every query the
// pg client sends during the request is counted (BEGIN and COMMIT too), grouped by the table it names. Side by side
// for each tree, e.g. today's against an older commit checked out in a git worktree.
// Usage:
//   BENCH_TREES=old=/tmp/bench-old,new=. npx tsx bench/push-round-trips.ts   (a throwaway PostgreSQL cluster, as the
//   api tests make; BENCH_POSTGRES_URL to use one of yours)
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
import type * as IdsModule from '../src/shared/ids';
import type * as ProtocolModule from '../src/shared/protocol';
import { logPgQueries } from '../test/fixtures/pg-query-log';

const BATCH = 20;

interface Tree {
  label: string;
  root: string;
}

const trees: Tree[] = (process.env.BENCH_TREES ?? 'now=.').split(',').map((part) => {
  const [label, dir] = part.split('=');
  if (!label || !dir) throw new Error(`BENCH_TREES entry "${part}" is not label=dir.`);
  return { label, root: path.resolve(dir) };
});

const load = async <T>(tree: Tree, file: string): Promise<T> => (await import(pathToFileURL(path.join(tree.root, file)).href)) as T;

/** Every statement the pg clients send while counting (the trees share one node_modules, so one driver). */
const log = logPgQueries();
const sent = log.sent;

function category(text: string): string {
  const s = text.trim().toLowerCase();
  if (/^(begin|commit|rollback|savepoint|release)/.test(s)) return 'transaction';
  const table = /(?:from|into|update)\s+"?(\w+)"?/.exec(s);
  return table?.[1] ?? s.slice(0, 40);
}

async function postgres(): Promise<{ url: string; stop: () => unknown }> {
  if (process.env.BENCH_POSTGRES_URL) return { url: process.env.BENCH_POSTGRES_URL, stop: () => undefined };
  const { default: setup } = await import('../test/fixtures/postgres-global-setup');
  let url: string | null = null;
  const teardown = await setup({ provide: (_key: string, value: string | null) => (url = value) } as never);
  if (!url) throw new Error('No PostgreSQL server was found on this machine.');
  return { url, stop: () => teardown?.() };
}

async function measure(tree: Tree, postgresUrl: string): Promise<Map<string, number>> {
  const { buildApp } = await load<typeof AppModule>(tree, 'src/server/app.ts');
  const { createDb } = await load<typeof ConnectionModule>(tree, 'src/server/db/connection.ts');
  const { migrateToLatest } = await load<typeof MigrateModule>(tree, 'src/server/db/migrate.ts');
  const { DEMO_JOIN_CODE, seedDemo } = await load<typeof SeedModule>(tree, 'src/server/db/seed.ts');
  const { loadConfig } = await load<typeof ConfigModule>(tree, 'src/server/lib/config.ts');
  const { newId } = await load<typeof IdsModule>(tree, 'src/shared/ids.ts');
  const { PROTOCOL_VERSION } = await load<typeof ProtocolModule>(tree, 'src/shared/protocol.ts');

  const dir = mkdtempSync(path.join(tmpdir(), `heard-round-trips-${tree.label}-`));
  const dbName = `trips_${tree.label.replace(/\W/g, '')}_${newId().replaceAll('-', '').slice(0, 8)}`;
  const admin = createDb({ databaseUrl: postgresUrl, poolSize: 1 });
  await sql`create database ${sql.id(dbName)}`.execute(admin);
  await admin.destroy();
  const url = Object.assign(new URL(postgresUrl), { pathname: `/${dbName}` }).toString();
  const config = loadConfig({ DATA_DIR: dir, HEARD_DEMO: '1', LOG_LEVEL: 'silent', DATABASE_URL: url });
  const db = createDb({ databaseUrl: url });
  await migrateToLatest(db);
  await seedDemo(db, new Date());
  const app = await buildApp({ db, config, now: () => new Date() }, { logger: false, rateLimits: false });
  const prompt = await db.selectFrom('wall_prompts').select('id').where('open', '=', 1).executeTakeFirstOrThrow();
  const push = async () => {
    const joined = await app.inject({ method: 'POST', url: '/api/v1/devices', payload: { joinCode: DEMO_JOIN_CODE } });
    const token = (joined.json() as { token: string }).token;
    const createdAt = new Date().toISOString();
    const ops = Array.from({ length: BATCH }, (_, i) => ({
      id: newId(),
      type: 'wall.post',
      payload: { promptId: prompt.id, text: `More days out together, number ${i}` },
      createdAt,
    }));
    const res = await log.during(() =>
      app.inject({
        method: 'POST',
        url: '/api/v1/sync/push',
        headers: { authorization: `Bearer ${token}` },
        payload: { protocol: PROTOCOL_VERSION, ops },
      }),
    );
    const results = (res.json() as { results: { status: string }[] }).results;
    if (results.length !== BATCH || results.some((r) => r.status !== 'accepted')) throw new Error(`${tree.label}: a push was not accepted`);
  };
  await push(); // warm-up (and the quota sweep that runs now and then)
  await push();
  const byCategory = new Map<string, number>();
  for (const text of sent) byCategory.set(category(text), (byCategory.get(category(text)) ?? 0) + 1);
  byCategory.set('total', sent.length);
  await app.close();
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
  return byCategory;
}

const server = await postgres();
try {
  const figures = new Map<string, Map<string, number>>();
  for (const tree of trees) figures.set(tree.label, await measure(tree, server.url));
  const categories = [...new Set([...figures.values()].flatMap((m) => [...m.keys()]))].filter((c) => c !== 'total').sort();
  console.log(`Round trips to PostgreSQL of one push of ${BATCH} wall posts (quick path), by table:`);
  console.log(['', ...trees.map((t) => t.label)].map((c) => c.padEnd(28)).join(''));
  for (const c of [...categories, 'total']) {
    console.log([c, ...trees.map((t) => String(figures.get(t.label)?.get(c) ?? 0))].map((x) => x.padEnd(28)).join(''));
  }
} finally {
  await server.stop();
}
