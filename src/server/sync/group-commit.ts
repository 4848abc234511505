// Group commit on SQLite: pushes that arrive together share ONE transaction and so ONE commit — one sync to disk for
// the group instead of one per push (`synchronous = FULL`, see db/connection.ts).
//
// SQLite has one connection and one writer, so the members of a group run one after another, each in a SAVEPOINT of
// its own inside the group's transaction:
// - a member whose work fails (throws) has its savepoint rolled back: it keeps nothing, answers null, and the others
//   go on;
// - the group commits when no further push is waiting, or when it has run `groupLimits.members` members or for
//   `groupLimits.ms` (the transaction holds the one connection, so reads wait meanwhile);
// - a member's answer is given only after the group's COMMIT succeeded. If anything of the group itself fails (its
//   BEGIN, a savepoint statement, the COMMIT), everything is rolled back and EVERY member answers null: nothing is
//   answered as kept that was not committed.
// A push that hears null takes the op-by-op path (push.ts) in a transaction of its own, as a push the quick path
// refused always has.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema';

export const groupLimits = {
  /** At most this many pushes share one commit. */
  members: 32,
  /**
   * No further push joins a group that has been running this long (ms), so the reads waiting for the connection are
   * not starved. (Tests lift it to see exactly which pushes share a commit on a busy machine.)
   */
  ms: 25,
};

interface Member {
  work: (trx: Transaction<Database>) => Promise<unknown>;
  /** Gives the member its answer: its work's value once committed, or null when nothing of it was kept. */
  answer: (value: unknown) => void;
}

interface Queue {
  waiting: Member[];
  /** A group is being run on this database (the loop in runGroups takes every member that arrives meanwhile). */
  running: boolean;
}

const queues = new WeakMap<Kysely<Database>, Queue>();

/**
 * Runs `work` in a savepoint of a transaction shared with the other pushes waiting on the same database, and answers
 * its value once that transaction has committed; null when the work threw or the group could not commit (nothing of
 * the work was kept either way).
 */
export function inGroupCommit<T>(db: Kysely<Database>, work: (trx: Transaction<Database>) => Promise<T>): Promise<T | null> {
  const queue = queues.get(db) ?? { waiting: [], running: false };
  queues.set(db, queue);
  const answered = new Promise<T | null>((resolve) => queue.waiting.push({ work, answer: resolve as (value: unknown) => void }));
  if (!queue.running) {
    queue.running = true;
    void runGroups(db, queue);
  }
  return answered;
}

/**
 * Lets the event loop take a turn: two check phases, so at least one poll phase (sockets) runs in between. The
 * SQLite driver answers in promises only, so without this one group after another would run in one unbroken chain
 * of microtasks: the answers of a committed group would not leave (nor new pushes be read) until the queue is empty.
 */
export const eventLoopTurn = () => new Promise<void>((resolve) => setImmediate(() => setImmediate(resolve)));

/** Runs groups until no push is waiting; between groups, the answers of the last one leave and new pushes come in. */
async function runGroups(db: Kysely<Database>, queue: Queue): Promise<void> {
  try {
    while (queue.waiting.length > 0) {
      await runGroup(db, queue);
      await eventLoopTurn();
    }
  } finally {
    queue.running = false;
  }
}

/** One group: BEGIN, the waiting members one by one in savepoints, COMMIT, then their answers. Never throws. */
async function runGroup(db: Kysely<Database>, queue: Queue): Promise<void> {
  const committed: { member: Member; value: unknown }[] = [];
  let current: Member | undefined;
  const trx = await db
    .startTransaction()
    .execute()
    .catch(() => null);
  if (!trx) {
    // No transaction at all (the disk, the file): every waiting push answers null and takes the op-by-op path.
    for (const member of queue.waiting.splice(0)) member.answer(null);
    return;
  }
  try {
    const begun = performance.now();
    while (queue.waiting.length > 0 && committed.length < groupLimits.members && performance.now() - begun < groupLimits.ms) {
      current = queue.waiting.shift()!;
      const sp = await trx.savepoint('member').execute();
      let value: unknown;
      try {
        value = await current.work(sp);
      } catch {
        // This push keeps nothing, the others keep theirs: back to before it, and on with the next.
        await sp.rollbackToSavepoint('member').execute();
        await sp.releaseSavepoint('member').execute();
        current.answer(null);
        current = undefined;
        continue;
      }
      await sp.releaseSavepoint('member').execute();
      committed.push({ member: current, value });
      current = undefined;
    }
    await trx.commit().execute();
  } catch {
    // The group itself failed (a savepoint statement or the COMMIT): nothing of it is kept, so no member may answer
    // what it did. Each answers null, and its push runs again op by op in a transaction of its own.
    await trx
      .rollback()
      .execute()
      .catch(() => undefined);
    current?.answer(null);
    for (const { member } of committed) member.answer(null);
    return;
  }
  // On disk now: the answers go out.
  for (const { member, value } of committed) member.answer(value);
}
