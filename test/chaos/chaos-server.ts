// The server the chaos phone talks to: the real app on its own connection to the suite's database, which can be
// "killed" just before or just after a database commit and started again on the same SQLite file or PostgreSQL schema.
// The kill is in-process: the driver's commit throws (before: the transaction is rolled back, as when the process dies
// with it open; after: the commit is on disk and the answer never leaves), the connection is closed at once, and a fresh
// app opens the same database. The real SIGKILL of a server process is test/api/kill-restart.test.ts.
import SQLite from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { Kysely, PostgresDialect, SqliteDialect, sql, type DatabaseConnection, type Dialect, type Driver } from 'kysely';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../../src/server/app';
import { cachePreparedStatements } from '../../src/server/db/connection';
import type { Database } from '../../src/server/db/schema';
import type { ApiEnv } from '../fixtures/api-harness';

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

export interface ChaosServer {
  /** The live generation's app (changes at every restart). */
  readonly app: FastifyInstance;
  /** Bumped at every kill: an answer from an older generation never reaches the phone. */
  readonly generation: number;
  /** The next commit on this generation dies this way (cleared when it fires or by disarm()). */
  arm(kill: Kill): void;
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
