// Which of the device's own items have news, and "the young person looked": reads and writes for the news rule.
import { db } from '../../storage/db';
import type { MyItemRow } from '../../storage/rows';
import { hasNews, newsStamp } from '../model/news';

/** Reads the device's own items and the updatedAt of the feed items answering them. */
export async function readMyItemsWithFeedTimes(): Promise<{ items: MyItemRow[]; feedUpdatedAt: Map<string, string> }> {
  const items = await db.myItems.toArray();
  const ids = [...new Set(items.flatMap((i) => i.feedItemIds))];
  const feed = ids.length ? await db.feedItems.bulkGet(ids) : [];
  const feedUpdatedAt = new Map<string, string>();
  for (const f of feed) if (f) feedUpdatedAt.set(f.id, f.updatedAt);
  return { items, feedUpdatedAt };
}

export async function countNews(): Promise<number> {
  const { items, feedUpdatedAt } = await readMyItemsWithFeedTimes();
  return items.filter((i) => hasNews(i, feedUpdatedAt)).length;
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
