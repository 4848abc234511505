// The database module (Dexie and the schema) loads as its own chunk, started by main.tsx before the first screen and
// never on its critical path: the shell reads the few values it needs first through storage/peek.ts. Code outside a
// screen's chunk reaches the database through here.
import type { HeardDb } from './db';

let pending: Promise<HeardDb> | undefined;
let loaded: HeardDb | undefined;

/** The one database, once its chunk has loaded (a failed load is tried again on the next call). */
export function loadDb(): Promise<HeardDb> {
  pending ??= import('./db').then(
    (m) => (loaded = m.db),
    (e: unknown) => {
      pending = undefined;
      throw e;
    },
  );
  return pending;
}

/**
 * The database at once when its chunk is already here, else after loading it. Inside a Dexie transaction the
 * database is always here, so a write there never awaits anything but Dexie.
 */
export const withDb = <T>(work: (db: HeardDb) => Promise<T>): Promise<T> => (loaded ? work(loaded) : loadDb().then(work));
