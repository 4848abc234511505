// What is still on this phone: things not sent yet, and what the server refused (kept, with why, until let go).
import { db } from '../../storage/db';
import { useLiveQuery } from '../../storage/live';
import type { OutboxRow } from '../../storage/rows';

/** Things written on this phone that have not reached the council yet; 0 while loading. */
export function useUnsentCount(): number {
  return useLiveQuery(() => db.outbox.where('state').equals('queued').count(), [], 0);
}

/** What the server refused; [] while loading. */
export function useRefused(): OutboxRow[] {
  return useLiveQuery(() => db.outbox.where('state').equals('rejected').toArray(), [], []);
}

/**
 * The young person chose to let a refused item go. (A refused op cannot be sent again under the same id: the
 * server answers every repeat with its first result.)
 */
export async function discardRejected(opId: string): Promise<void> {
  await db.transaction('rw', [db.outbox, db.myItems], async () => {
    const row = await db.outbox.where('id').equals(opId).first();
    if (!row || row.seq === undefined || row.state !== 'rejected') return;
    await db.outbox.delete(row.seq);
    await db.myItems.delete(opId);
  });
}
