// The feed's reads and writes on the device. Every write is the young person's own row and its outbox op, together.
import type { FeedItem, Reaction } from '../../../../shared/feed';
import { newId } from '../../../../shared/ids';
import { readMyItemsWithFeedTimes, hasNews, newsStamp } from '../../../shell/news';
import { db } from '../../../storage/db';
import { setMeta } from '../../../storage/meta';
import { queueOp, writeWithOp } from '../../../storage/outbox';

/**
 * "This helps" / "Not enough yet": one per device per item, changeable. A change replaces a reaction still waiting to
 * be sent (the server would keep only the later one anyway), so a young person who changes their mind offline does
 * not see "3 things not sent yet".
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
    await db.myReactions.put({ itemId, reaction, at: new Date().toISOString() });
    await queueOp(newId(), 'feed.react', { itemId, reaction });
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

/**
 * The young person is looking at "What happened to what I said": marks every item with news as seen and returns
 * their ids, so the screen keeps showing "New" on them for this visit.
 */
export async function lookAtMine(): Promise<string[]> {
  return db.transaction('rw', [db.myItems, db.feedItems], async () => {
    const { items, feedUpdatedAt } = await readMyItemsWithFeedTimes();
    const fresh = items.filter((i) => hasNews(i, feedUpdatedAt));
    for (const i of fresh) await db.myItems.update(i.id, { seenAt: newsStamp(i, feedUpdatedAt) });
    return fresh.map((i) => i.id);
  });
}

/** One vote per device per poll, offline. Returns false when this device has already voted. */
export async function vote(pollId: string, optionId: string): Promise<boolean> {
  return writeWithOp([db.myVotes, db.polls], async () => {
    if (await db.myVotes.get(pollId)) return false;
    const poll = await db.polls.get(pollId);
    if (!poll || !poll.open || !poll.options.some((o) => o.id === optionId)) return false;
    const id = newId();
    await db.myVotes.add({ pollId, optionId, at: new Date().toISOString() });
    await queueOp(id, 'poll.vote', { pollId, optionId });
    return true;
  });
}

/** True while this device's vote on the poll is still waiting to be sent. */
export async function voteWaiting(pollId: string): Promise<boolean> {
  const n = await db.outbox
    .where('state')
    .equals('queued')
    .filter((r) => r.type === 'poll.vote' && (r.payload as { pollId?: string }).pollId === pollId)
    .count();
  return n > 0;
}

/**
 * Suggests a new name. A person checks it before it joins the poll; it shows on "What happened to what I said" as the
 * device's own item (parentId = the poll). Returns its id (also the op id).
 */
export async function suggestName(pollId: string, label: string, opts: { flaggedOnDevice: boolean }): Promise<string> {
  const id = newId();
  const now = new Date().toISOString();
  const words = label.trim();
  await writeWithOp([db.myItems], async () => {
    await db.myItems.add({
      id,
      kind: 'poll-suggestion',
      text: words,
      parentId: pollId,
      createdAt: now,
      delivery: 'not-sent',
      state: null,
      reason: null,
      themeIds: [],
      feedItemIds: [],
      updatedAt: now,
      seenAt: now,
      ...(opts.flaggedOnDevice ? { flaggedOnDevice: true } : {}),
    });
    // The server is told, so an idea this phone promised to keep private stays private whatever the server's check says.
    await queueOp(id, 'poll.suggest', { pollId, label: words, ...(opts.flaggedOnDevice ? { flaggedOnDevice: true } : {}) });
  });
  return id;
}
