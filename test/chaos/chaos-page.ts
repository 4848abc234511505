// One page load of the app for the chaos test: fresh module instances over the same IndexedDB, as after a reload, with
// every write the young person can make, and a record of every op any page ever put in the outbox (the app's own
// ops too, such as a take-back the pull queues).
import { vi } from 'vitest';

/** Every op any page of this phone put in its outbox, by id, in the order they were made. */
export const madeOps = new Map<string, { type: string; payload: unknown }>();

/** Every page's database handle, so a new phone can start empty (a handle closed while still opening can linger). */
const handles: Array<{ close(): void }> = [];

/** A new phone: nothing in IndexedDB, nothing recorded. */
export const wipePhone = () =>
  new Promise<void>((resolve, reject) => {
    handles.splice(0).forEach((h) => h.close());
    madeOps.clear();
    const req = indexedDB.deleteDatabase('heard');
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error ?? new Error('could not delete'));
    req.onblocked = () => reject(new Error('a page still holds the database open'));
  });

export async function openPage(random: () => number) {
  vi.resetModules();
  const [{ db }, { createSyncEngine }, { api }, wall, join, feed, polls, takeBack, survey, requestData, requestDrafts] = await Promise.all([
    import('../../src/app/storage/db'),
    import('../../src/app/sync/engine'),
    import('../../src/app/api/client'),
    import('../../src/app/features/wall/data/wall-data'),
    import('../../src/app/features/join/data/join'),
    import('../../src/app/features/feed/data/feed-data'),
    import('../../src/app/features/polls/data/polls-data'),
    import('../../src/app/my-items/data/take-back'),
    import('../../src/app/features/surveys/data/survey-data'),
    import('../../src/app/features/requests/data/request-data'),
    import('../../src/app/features/requests/data/request-drafts'),
  ]);
  handles.push(db);
  db.outbox.hook('creating', (_key, row) => {
    if (!madeOps.has(row.id)) madeOps.set(row.id, { type: row.type, payload: row.payload });
  });
  const timers = new Set<() => void>();
  const engine = createSyncEngine({
    api,
    random,
    setTimer: (fn) => {
      timers.add(fn);
      return fn;
    },
    clearTimer: (t) => timers.delete(t as () => void),
  });
  const inFlight = new Set<Promise<void>>();
  return {
    db,
    api,
    engine,
    app: { wall, join, feed, polls, takeBack, survey, requestData, requestDrafts },
    /** A trigger (online, visibility, interval, a retry timer): starts a sync without waiting for it. */
    trigger() {
      const p = engine.requestSync().catch(() => undefined);
      inFlight.add(p);
      void p.finally(() => inFlight.delete(p));
    },
    /** Time passes: the backoff timers that were waiting fire. */
    fireTimers() {
      const due = [...timers];
      timers.clear();
      due.forEach((fn) => fn());
    },
    settle: () => Promise.all([...inFlight]),
    /** The page goes away mid-whatever: its engine stops and its database connection closes. True if it was syncing. */
    kill(): boolean {
      const syncing = inFlight.size > 0;
      engine.stop();
      timers.clear();
      db.close();
      return syncing;
    },
  };
}
export type Page = Awaited<ReturnType<typeof openPage>>;
