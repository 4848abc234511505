// Dexie's live queries, for useLiveRead (storage/live-read.ts): loaded with the database chunk, not the first screen.
import { liveQuery } from 'dexie';
import { db, type HeardDb } from './db';

export interface Watch {
  unsubscribe(): void;
}

/** Calls `next` with `read(db)` now and again whenever a table it read changes. */
export function watch<T>(read: (db: HeardDb) => Promise<T> | T, next: (value: T) => void, error: (e: unknown) => void): Watch {
  return liveQuery(() => read(db)).subscribe({ next, error });
}
