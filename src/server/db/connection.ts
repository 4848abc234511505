// Opens the one database: PostgreSQL when DATABASE_URL is set (many instances share it), otherwise an embedded
// SQLite file (one small machine runs one council).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Config } from '../lib/config';
import type { Database } from './schema';

// pg returns int8 (bigserial, count(*)) as strings; change_log.seq must stay exact past 2^53 so it is kept as a
// string and normalised where it is read (sync/pull.ts). Nothing else here needs int8.

export interface DbTarget {
  /** PostgreSQL connection string; wins over sqlitePath. */
  databaseUrl?: string | undefined;
  /** A SQLite file, or ':memory:'. */
  sqlitePath?: string;
  /** PostgreSQL only: the schema to use (tests give each suite its own). */
  searchPath?: string;
  /** PostgreSQL pool size. */
  poolSize?: number;
}

export function createDb(config: Pick<Config, 'databaseUrl' | 'sqlitePath'> | DbTarget): Kysely<Database> {
  if (config.databaseUrl) return createPostgres(config.databaseUrl, config as DbTarget);
  return createSqlite(config.sqlitePath ?? ':memory:');
}

function createPostgres(url: string, target: DbTarget): Kysely<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: target.poolSize ?? 10,
    ...(target.searchPath ? { options: `-c search_path=${target.searchPath}` } : {}),
  });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

function createSqlite(file: string): Kysely<Database> {
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
  const database = new SQLite(file);
  // WAL lets readers run beside the one writer; foreign keys are off by default in SQLite; busy_timeout makes a
  // second process (staff:create beside a running server) wait instead of failing at once.
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  // FULL: a transaction is on disk before its commit returns, so an op answered "accepted" survives a power cut (in
  // WAL mode NORMAL may lose the last commits). Pushes that arrive together share one transaction (group commit,
  // sync/group-commit.ts), so this costs one sync per group of pushes.
  database.pragma('synchronous = FULL');
  cachePreparedStatements(database);
  return new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
}

/** How many prepared statements a SQLite connection keeps (Heard's queries are a few hundred distinct texts). */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely's SQLite driver prepares every query afresh; preparing costs about as much as running. Statements are kept by
 * their SQL text (parameters are bound at each run, so a text is one statement whatever its values) and reused; when
 * the cache is full the oldest half is dropped. better-sqlite3 re-prepares a statement itself after a schema change.
 */
export function cachePreparedStatements(database: SQLite.Database): void {
  const prepare = database.prepare.bind(database);
  const cache = new Map<string, SQLite.Statement>();
  database.prepare = ((source: string) => {
    let statement = cache.get(source);
    if (!statement) {
      statement = prepare(source);
      if (cache.size >= STATEMENT_CACHE_SIZE) {
        let drop = cache.size / 2;
        for (const key of cache.keys()) {
          if (drop-- <= 0) break;
          cache.delete(key);
        }
      }
      cache.set(source, statement);
    }
    return statement;
  }) as SQLite.Database['prepare'];
}
