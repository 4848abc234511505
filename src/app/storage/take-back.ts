// The `item.withdraw` op for "Take this back" (my-items/data/take-back.ts), queued once; a pull that finds an item
// taken back as it reached the server queues it too.
import { newId } from '../../shared/ids';
import { db } from './db';
import { queueOp } from './outbox';

/** Queues `item.withdraw` for an item unless one is already waiting. Call inside a transaction over db.outbox. */
export async function queueTakeBackOnce(itemId: string): Promise<void> {
  const waiting = await db.outbox
    .where('state')
    .equals('queued')
    .filter((r) => r.type === 'item.withdraw' && (r.payload as { itemId?: string }).itemId === itemId)
    .count();
  if (waiting === 0) await queueOp(newId(), 'item.withdraw', { itemId });
}
