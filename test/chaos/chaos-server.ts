// The server the chaos phone talks to: the real app on its own connection to the suite's database, which can be
// "killed" just before or just after a database commit and started again on the same SQLite file or PostgreSQL schema.
// The kill is in-process: the driver's commit throws (before: the transaction is rolled back, as when the process dies
// with it open; after: the commit is on disk and the answer never leaves), the connection is closed at once, and a fresh
// app opens the same database. openRealChaosServer is the same server as a REAL process (src/server/main.ts, as
// test/api/kill-restart.test.ts runs it) on the same database, reached over HTTP: armed through test/fixtures/commit-hook.ts,
// it stops at its next commit (before COMMIT, or after it and before the answer), is killed with SIGKILL and a new
// process starts on the same SQLite file or PostgreSQL schema. A standby process, started ahead with its modules loaded,
// is the one that starts, so a kill costs about a second here instead of node's whole start-up.
import SQLite from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { Kysely, PostgresDialect, SqliteDialect, sql, type DatabaseConnection, type Dialect, type Driver } from 'kysely';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../../src/server/app';
import { cachePreparedStatements } from '../../src/server/db/connection';
import type { Database } from '../../src/server/db/schema';
import type { ApiEnv } from '../fixtures/api-harness';
import type { CommitMoment } from '../fixtures/commit-hook';
import { arm, disarm, killServer, spawnServer, type ServerProcess, type SpawnedServer } from '../fixtures/server-process';

export type Kill = 'kill-before-commit' | 'kill-after-commit';

/** What a killed server's commit throws; the network turns the answer into a dropped connection. */
export class ServerKilled extends Error {
  constructor(readonly kill: Kill) {
    super(`server killed (${kill})`);
  }
}

/** A dialect whose driver asks `take()` at every commit whether the process dies there. */
function killable(inner: Dialect, take: () => Kill | null): Dialect {
  return {
    createAdapter: () => inner.createAdapter(),
    createQueryCompiler: () => inner.createQueryCompiler(),
    createIntrospector: (db) => inner.createIntrospector(db),
    createDriver: () => {
      const driver = inner.createDriver();
      const commit = driver.commitTransaction.bind(driver);
      return new Proxy(driver, {
        get(target, prop) {
          if (prop === 'commitTransaction') {
            return async (connection: DatabaseConnection) => {
              const kill = take();
              if (kill === 'kill-before-commit') throw new ServerKilled(kill);
              await commit(connection);
              if (kill === 'kill-after-commit') throw new ServerKilled(kill);
            };
          }
          const value: unknown = Reflect.get(target, prop, target);
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      }) as Driver;
    },
  };
}

/** What the phone's network and the test's moderator call: Fastify's inject, or the same over HTTP. */
export interface ChaosApp {
  inject(request: {
    method: 'GET' | 'POST';
    url: string;
    headers?: Record<string, string>;
    payload?: string | object;
    remoteAddress?: string;
  }): Promise<{ statusCode: number; headers: Record<string, string | string[] | number | undefined>; body: string; json(): unknown }>;
}

export interface ChaosServer {
  /** The live generation's app (changes at every restart). */
  readonly app: ChaosApp;
  /** Bumped at every in-process kill: an answer from an older generation never reaches the phone. */
  readonly generation: number;
  /** The next commit on this generation dies this way (cleared when it fires or by disarm()). */
  arm(kill: Kill | 'drop-commit'): void | Promise<void>;
  disarm(): void;
  /** Kills (if not already dead) and starts a fresh app on the same database. */
  restart(): Promise<void>;
  /** How many kills fired, by kind. */
  readonly kills: Map<Kill, number>;
  close(): Promise<void>;
}

/** Where the suite's database is: the SQLite file, or the PostgreSQL schema the harness made. */
async function target(env: ApiEnv): Promise<{ sqlite?: string; postgres?: { url: string; schema: string } }> {
  if (env.kind === 'sqlite') return { sqlite: env.config.sqlitePath };
  const url = inject('postgresUrl');
  if (!url) throw new Error('no PostgreSQL');
  const row = await sql<{ schema: string }>`select current_schema() as schema`.execute(env.db);
  return { postgres: { url, schema: row.rows[0]?.schema ?? 'public' } };
}

export async function openChaosServer(env: ApiEnv): Promise<ChaosServer> {
  const where = await target(env);
  const kills = new Map<Kill, number>();
  let armed: Kill | null = null;
  let generation = 0;
  let current: { app: FastifyInstance; db: Kysely<Database>; closeNow: () => void; dead: boolean };
  const retired: Promise<unknown>[] = [];

  async function start() {
    const gen = generation;
    const take = () => {
      if (gen !== generation || !armed) return null;
      const kill = armed;
      armed = null;
      kills.set(kill, (kills.get(kill) ?? 0) + 1);
      // The process is gone the moment the kill fires: later answers of this generation are dropped too.
      generation++;
      current.dead = true;
      current.closeNow();
      return kill;
    };
    let db: Kysely<Database>;
    let closeNow: () => void;
    if (where.sqlite) {
      const database = new SQLite(where.sqlite);
      database.pragma('journal_mode = WAL');
      database.pragma('foreign_keys = ON');
      database.pragma('busy_timeout = 5000');
      database.pragma('synchronous = FULL');
      cachePreparedStatements(database);
      db = new Kysely<Database>({ dialect: killable(new SqliteDialect({ database }), take) });
      // A dead process holds no lock: the connection closes at once (an open transaction is rolled back), so the next
      // generation can write. Closing runs after the current statement, on the next turn.
      closeNow = () => setImmediate(() => database.open && database.close());
    } else {
      const { url, schema } = where.postgres!;
      const pool = new pg.Pool({ connectionString: url, max: 5, options: `-c search_path=${schema}` });
      db = new Kysely<Database>({ dialect: killable(new PostgresDialect({ pool }), take) });
      closeNow = () => undefined;
    }
    const app = await buildApp({ db, config: env.config, now: env.now }, { rateLimits: false, background: false });
    await app.ready();
    current = { app, db, closeNow, dead: false };
  }

  function retire() {
    const old = current;
    retired.push(
      old.app
        .close()
        .catch(() => undefined)
        .then(() => old.db.destroy())
        .catch(() => undefined),
    );
  }

  await start();
  return {
    get app() {
      return current.app;
    },
    get generation() {
      return generation;
    },
    kills,
    arm: (kill) => {
      if (kill === 'drop-commit') throw new Error('drop-commit is for the real process only');
      armed = kill;
    },
    disarm: () => {
      armed = null;
    },
    restart: async () => {
      if (!current.dead) {
        generation++;
        current.dead = true;
        current.closeNow();
      }
      retire();
      await start();
    },
    close: async () => {
      retire();
      await Promise.all(retired);
    },
  };
}

/** fetch as Node has it, before a test stubs the global for the phone. */
const nodeFetch = globalThis.fetch;

/** Restarts of the real server: how long from the kill until the new process answered, in ms. */
export const restartTimes: number[] = [];

/**
 * The server as a real process on the suite's database (see the header). The harness's own app stays open beside it
 * (the test reads the database through it), as a second process would on SQLite's WAL or PostgreSQL.
 */
export async function openRealChaosServer(env: ApiEnv): Promise<ChaosServer> {
  const where = await target(env);
  const processEnv: NodeJS.ProcessEnv = {
    HEARD_DEMO: '0',
    DATA_DIR: env.config.dataDir,
    STATIC_DIR: env.config.staticDir,
    // Each history's phone has its own address (X-Forwarded-For from the loopback), as through inject.
    TRUST_PROXY: 'loopback',
    DATABASE_URL: '',
  };
  if (where.postgres) {
    const url = new URL(where.postgres.url);
    url.searchParams.set('options', `-c search_path=${where.postgres.schema}`);
    processEnv.DATABASE_URL = url.toString();
  }
  const kills = new Map<Kill, number>();
  let armed: CommitMoment | null = null;
  let live: ServerProcess;
  let standby: SpawnedServer;
  let restarting: Promise<void> | null = null;
  let closed = false;

  const spawnStandby = () => {
    const next = spawnServer(processEnv, {
      commitHook: true,
      standby: true,
      onFrozen: (moment) => {
        if (next.child !== live?.child) return;
        if (moment !== 'drop-commit') kills.set(moment, (kills.get(moment) ?? 0) + 1);
        void restart();
      },
    });
    next.loaded.catch(() => undefined);
    return next;
  };

  /** Kills the live process (SIGKILL) and lets the standby start on the same database; a new standby loads meanwhile. */
  function restart(): Promise<void> {
    restarting ??= (async () => {
      const began = performance.now();
      armed = null;
      await killServer(live);
      const next = standby;
      standby = spawnStandby();
      live = await next.release();
      restartTimes.push(performance.now() - began);
    })().finally(() => (restarting = null));
    return restarting;
  }

  standby = spawnStandby();
  live = await standby.release();
  standby = spawnStandby();

  const app: ChaosApp = {
    async inject(request) {
      if (restarting) await restarting;
      if (closed) throw new TypeError('Failed to fetch');
      const path = new URL(request.url, 'http://phone.invalid');
      const headers: Record<string, string> = { ...request.headers, 'x-forwarded-for': request.remoteAddress ?? '10.9.9.9' };
      let body: string | undefined;
      if (request.payload !== undefined) {
        body = typeof request.payload === 'string' ? request.payload : JSON.stringify(request.payload);
        headers['content-type'] ??= 'application/json';
      }
      delete headers['content-length'];
      delete headers.host;
      // A process killed while this request is in it drops the connection: fetch fails, as it does on the phone.
      const res = await nodeFetch(`${live.url}${path.pathname}${path.search}`, { method: request.method, headers, body });
      const text = await res.text();
      const out: Record<string, string> = {};
      res.headers.forEach((v, k) => {
        if (k !== 'content-encoding' && k !== 'content-length' && k !== 'transfer-encoding') out[k] = v;
      });
      return { statusCode: res.status, headers: out, body: text, json: () => JSON.parse(text) as unknown };
    },
  };

  return {
    app,
    // An answer that reached the phone over a real socket was sent; the process dies only at a commit point.
    generation: 0,
    kills,
    arm: async (kill) => {
      if (restarting) await restarting;
      armed = kill;
      await arm(live, kill);
    },
    disarm: () => {
      if (armed === null) return;
      armed = null;
      disarm(live);
    },
    restart,
    close: async () => {
      closed = true;
      if (restarting) await restarting.catch(() => undefined);
      await Promise.all([killServer(live), killServer(standby)]);
    },
  };
}
