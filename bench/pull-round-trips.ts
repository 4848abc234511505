// How many round trips to PostgreSQL one phone's pull costs, for the Demoshire demo council (the seed the other
// benches use): its first pull (since=0, a phone that just joined), a later pull with nothing new, and the first pull of
// a phone that has just pushed 20 wall posts (as each phone in reconnect.ts does, so its own items come too). Every query the
// pg client sends during the request is counted (the device's token too), grouped by the table it names; a statement
// that reads several things at once counts once as a round trip and once per read among the statements. Side by side
// for each tree, e.g. today's against an older commit checked out in a git worktree.
// Usage:
//   BENCH_TREES=old=/tmp/bench-old,new=. npx tsx bench/pull-round-trips.ts   (a throwaway PostgreSQL cluster, as the
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

const POSTS = 20;
const SCENARIOS = {
  first: "a phone's first pull (since=0)",
  later: 'a later pull with nothing new',
  pushed: `a first pull after the phone pushed ${POSTS} wall posts (as in reconnect.ts)`,
} as const;
type Scenario = keyof typeof SCENARIOS;

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

/** The tables a query text reads, each once: a combined statement names each table it reads. */
function tables(text: string): string[] {
  const s = text.trim().toLowerCase();
  if (/^(begin|commit|rollback|savepoint|release)/.test(s)) return ['transaction'];
  const names = [...s.matchAll(/(?:from|into|update|join)\s+"?(\w+)"?/g)].map((m) => m[1]!);
  return names.length > 0 ? [...new Set(names)] : [s.slice(0, 40)];
}

/** How many reads one query text holds: the parts of a combined statement (json_agg of each), or 1. */
function statements(text: string): number {
  return Math.max(1, text.match(/json_agg\(/g)?.length ?? 0);
}

async function postgres(): Promise<{ url: string; stop: () => unknown }> {
  if (process.env.BENCH_POSTGRES_URL) return { url: process.env.BENCH_POSTGRES_URL, stop: () => undefined };
  const { default: setup } = await import('../test/fixtures/postgres-global-setup');
  let url: string | null = null;
  const teardown = await setup({ provide: (_key: string, value: string | null) => (url = value) } as never);
  if (!url) throw new Error('No PostgreSQL server was found on this machine.');
  return { url, stop: () => teardown?.() };
}

interface Figures {
  roundTrips: number;
  statements: number;
  tables: Map<string, number>;
  bytes: number;
}

function figures(): Figures {
  const byTable = new Map<string, number>();
  for (const text of sent) for (const t of tables(text)) byTable.set(t, (byTable.get(t) ?? 0) + 1);
  return { roundTrips: sent.length, statements: sent.reduce((n, text) => n + statements(text), 0), tables: byTable, bytes: 0 };
}

async function measure(tree: Tree, postgresUrl: string): Promise<Record<Scenario, Figures>> {
  const { buildApp } = await load<typeof AppModule>(tree, 'src/server/app.ts');
  const { createDb } = await load<typeof ConnectionModule>(tree, 'src/server/db/connection.ts');
  const { migrateToLatest } = await load<typeof MigrateModule>(tree, 'src/server/db/migrate.ts');
  const { DEMO_JOIN_CODE, seedDemo } = await load<typeof SeedModule>(tree, 'src/server/db/seed.ts');
  const { loadConfig } = await load<typeof ConfigModule>(tree, 'src/server/lib/config.ts');
  const { newId } = await load<typeof IdsModule>(tree, 'src/shared/ids.ts');
  const { PROTOCOL_VERSION } = await load<typeof ProtocolModule>(tree, 'src/shared/protocol.ts');

  const dir = mkdtempSync(path.join(tmpdir(), `heard-pull-trips-${tree.label}-`));
  const dbName = `pull_${tree.label.replace(/\W/g, '')}_${newId().replaceAll('-', '').slice(0, 8)}`;
  const admin = createDb({ databaseUrl: postgresUrl, poolSize: 1 });
  await sql`create database ${sql.id(dbName)}`.execute(admin);
  await admin.destroy();
  const url = Object.assign(new URL(postgresUrl), { pathname: `/${dbName}` }).toString();
  const config = loadConfig({ DATA_DIR: dir, HEARD_DEMO: '1', LOG_LEVEL: 'silent', DATABASE_URL: url });
  const db = createDb({ databaseUrl: url });
  await migrateToLatest(db);
  await seedDemo(db, new Date());
  const app = await buildApp({ db, config, now: () => new Date() }, { logger: false, rateLimits: false });
  const pull = async (token: string, since: string) => {
    const res = await log.during(() =>
      app.inject({ method: 'GET', url: `/api/v1/sync/pull?since=${since}`, headers: { authorization: `Bearer ${token}` } }),
    );
    if (res.statusCode !== 200) throw new Error(`${tree.label}: pull answered ${res.statusCode}`);
    const body = res.json() as { cursor: string; more: boolean };
    if (body.more) throw new Error(`${tree.label}: the first pull did not fit in one page`);
    return { cursor: body.cursor, figures: { ...figures(), bytes: res.rawPayload.length } };
  };
  const join = async () => {
    const joined = await app.inject({ method: 'POST', url: '/api/v1/devices', payload: { joinCode: DEMO_JOIN_CODE } });
    return (joined.json() as { token: string }).token;
  };
  const prompt = await db.selectFrom('wall_prompts').select('id').where('open', '=', 1).executeTakeFirstOrThrow();
  const push = async (token: string) => {
    const createdAt = new Date().toISOString();
    const ops = Array.from({ length: POSTS }, (_, i) => ({
      id: newId(),
      type: 'wall.post',
      payload: { promptId: prompt.id, text: `More days out together, number ${i}` },
      createdAt,
    }));
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      headers: { authorization: `Bearer ${token}` },
      payload: { protocol: PROTOCOL_VERSION, ops },
    });
    const results = (res.json() as { results: { status: string }[] }).results;
    if (results.length !== POSTS || results.some((r) => r.status !== 'accepted')) throw new Error(`${tree.label}: a push was not accepted`);
  };
  await pull(await join(), '0'); // warm-up
  const token = await join();
  const first = await pull(token, '0');
  const later = await pull(token, first.cursor);
  const poster = await join();
  await push(poster);
  const pushed = await pull(poster, '0');
  await app.close();
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
  return { first: first.figures, later: later.figures, pushed: pushed.figures };
}

const server = await postgres();
try {
  const results = new Map<string, Record<Scenario, Figures>>();
  for (const tree of trees) results.set(tree.label, await measure(tree, server.url));
  for (const which of Object.keys(SCENARIOS) as Scenario[]) {
    console.log(`\nRound trips to PostgreSQL of ${SCENARIOS[which]}, Demoshire; queries naming each table:`);
    console.log(['', ...trees.map((t) => t.label)].map((c) => c.padEnd(28)).join(''));
    const all = [...results.values()].map((r) => r[which]);
    const names = [...new Set(all.flatMap((f) => [...f.tables.keys()]))].sort();
    const row = (label: string, value: (f: Figures) => number | string) =>
      console.log([label, ...trees.map((t) => String(value(results.get(t.label)![which])))].map((x) => x.padEnd(28)).join(''));
    for (const name of names) row(name, (f) => f.tables.get(name) ?? 0);
    row('round trips', (f) => f.roundTrips);
    row('statements (reads)', (f) => f.statements);
    row('answer bytes', (f) => f.bytes);
  }
} finally {
  await server.stop();
}
