// The feed's writes on the device. Every write is the young person's own row and its outbox op, together.
import type { FeedItem, Reaction } from '../../../../shared/feed';
import { newId } from '../../../../shared/ids';
import { db } from '../../../storage/db';
import { setMeta } from '../../../storage/meta';
import { queueOp, writeWithOp } from '../../../storage/outbox';

/**
 * "This helps" / "Not enough yet": one per device per item, changeable. A change replaces a reaction still waiting to
 * be sent, so a young person who changes their mind offline does not see "3 things not sent yet". The replaced op may
 * still reach the server, after the change (a page that reloaded mid-push had sent it): the server keeps the reaction
 * made last, by its op's createdAt, so a change is stamped after the reaction it replaces, even in the same
 * millisecond or after the clock was put back.
 */
export async function react(itemId: string, reaction: Reaction): Promise<boolean> {
  return writeWithOp([db.myReactions], async () => {
    const current = await db.myReactions.get(itemId);
    if (current?.reaction === reaction) return false;
    const waiting = await db.outbox
      .where('state')
      .equals('queued')
      .filter((r) => r.type === 'feed.react' && (r.payload as { itemId?: string }).itemId === itemId)
      .primaryKeys();
    if (waiting.length) await db.outbox.bulkDelete(waiting);
    const now = new Date().toISOString();
    const at = current && current.at >= now ? new Date(Date.parse(current.at) + 1).toISOString() : now;
    await db.myReactions.put({ itemId, reaction, at });
    await queueOp(newId(), 'feed.react', { itemId, reaction }, { createdAt: at });
    return true;
  });
}

/**
 * The young person is looking at these feed items: returns what this device had seen of them before (itemId → the
 * item's updatedAt then), so the screen can keep its "New" / "Updated" marks for this visit, and records them as seen.
 */
export async function lookAtFeed(items: ReadonlyArray<Pick<FeedItem, 'id' | 'updatedAt'>>): Promise<Map<string, string>> {
  return db.transaction('rw', [db.feedSeen, db.meta], async () => {
    const before = await db.feedSeen.bulkGet(items.map((i) => i.id));
    const seen = new Map<string, string>();
    for (const row of before) if (row) seen.set(row.itemId, row.seenUpdatedAt);
    const changed = items.filter((i) => seen.get(i.id) !== i.updatedAt);
    if (changed.length) await db.feedSeen.bulkPut(changed.map((i) => ({ itemId: i.id, seenUpdatedAt: i.updatedAt })));
    await setMeta('feedLastLookedAt', new Date().toISOString());
    return seen;
  });
}
