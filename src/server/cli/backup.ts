// Backs up Heard's embedded SQLite database while Heard runs: SQLite's online backup API copies a consistent
// snapshot page by page (writers carry on; pages they change meanwhile are copied again), then the copy is checked
// (`PRAGMA integrity_check`) before it is called done. PostgreSQL (DATABASE_URL set) is backed up with its own tools.
//   npm run backup                      → DATA_DIR/backups/heard-<UTC time>.sqlite
//   npm run backup -- --to <file>       → that file (never over an existing one)
// Restore: stop Heard, put the copy in place as DATA_DIR/heard.sqlite (remove heard.sqlite-wal and -shm), start.
import { existsSync, mkdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import SQLite from 'better-sqlite3';
import { loadConfig } from '../lib/config';

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const POSTGRES_HELP = `Heard is using PostgreSQL (DATABASE_URL is set). Back it up with PostgreSQL's tools, for example
  pg_dump --format=custom --file=heard-$(date -u +%Y%m%dT%H%M%SZ).dump "$DATABASE_URL"
and restore into an empty database with
  pg_restore --no-owner --dbname="$NEW_DATABASE_URL" heard-….dump
(or use continuous archiving / your host's point-in-time recovery).`;

/** Copies the database at `from` to `to` with the online backup API and checks the copy. */
export async function backupSqlite(from: string, to: string): Promise<{ pages: number; bytes: number }> {
  if (!existsSync(from)) throw new Error(`There is no database at ${from}.`);
  if (existsSync(to)) throw new Error(`${to} already exists; choose another file.`);
  mkdirSync(path.dirname(to), { recursive: true });
  const source = new SQLite(from, { fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    const { totalPages } = await source.backup(to);
    const copy = new SQLite(to, { readonly: true, fileMustExist: true });
    try {
      const check = copy.pragma('integrity_check', { simple: true });
      if (check !== 'ok') throw new Error(`The copy at ${to} failed its integrity check: ${String(check)}`);
      const pageSize = Number(copy.pragma('page_size', { simple: true }));
      return { pages: totalPages, bytes: totalPages * pageSize };
    } finally {
      copy.close();
    }
  } finally {
    source.close();
  }
}

export async function runBackup(argv: readonly string[], env: NodeJS.ProcessEnv, io: Io, now = new Date()): Promise<number> {
  try {
    const { values } = parseArgs({ args: [...argv], options: { to: { type: 'string' } }, strict: true });
    const config = loadConfig(env);
    if (config.databaseUrl) {
      io.err(POSTGRES_HELP);
      return 2;
    }
    const stamp = now
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d+Z$/, 'Z');
    const to = path.resolve(values.to ?? path.join(config.dataDir, 'backups', `heard-${stamp}.sqlite`));
    const { pages, bytes } = await backupSqlite(config.sqlitePath, to);
    io.out(`Backed up ${config.sqlitePath} to ${to} (${pages} pages, ${(bytes / 1024).toFixed(0)} KiB, integrity check ok).`);
    return 0;
  } catch (err) {
    io.err(`Could not back up: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}

const runDirectly = (() => {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
})();
if (runDirectly) {
  process.exitCode = await runBackup(process.argv.slice(2), process.env, {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
}
