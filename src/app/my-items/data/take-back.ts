// "Take this back": the young person withdraws one of their own posts or name ideas. Offline first, like every write:
// the item's row and its outbox op change in one transaction, and the sync engine sends `item.withdraw` when it can.
import { db } from '../../storage/db';
import { writeWithOp } from '../../storage/outbox';
import { queueTakeBackOnce } from '../../storage/take-back';

export type TakeBackResult = 'cancelled' | 'queued' | 'already';

/**
 * Still in the outbox (never sent, or refused): the op is simply cancelled. Already sent: the phone forgets the words
 * at once and queues `item.withdraw`, which takes them off the wall, out of quotes and out of staff lists.
 * Either way the phone keeps a row that says "You took this back" (no words), so a post that reached the server just
 * as it was cancelled is still taken back when the phone next hears of it (see apply-pull).
 */
export async function takeBack(itemId: string): Promise<TakeBackResult> {
  return writeWithOp([db.myItems], async () => {
    const item = await db.myItems.get(itemId);
    if (!item || item.withdrawn) return 'already';
    const op = await db.outbox.where('id').equals(itemId).first();
    if (op && op.seq !== undefined && item.delivery !== 'delivered') {
      await db.outbox.delete(op.seq);
      await db.myItems.update(itemId, { withdrawn: true, text: '', seenAt: item.updatedAt });
      return 'cancelled';
    }
    // The post leaves the wall of every phone, this one included, with the next pull after the server has it.
    await db.myItems.update(itemId, { withdrawn: true, text: '', seenAt: item.updatedAt });
    await queueTakeBackOnce(itemId);
    return 'queued';
  });
}
