// "The young person looked" at their own items: the news rule's write, kept apart from the count the shell reads.
import { db } from '../../storage/db';
import { hasNews, newsStamp } from '../model/news';
import { readMyItemsWithFeedTimes } from './news';

/**
 * The young person is looking at "What happened to what I said": marks every item with news as seen and returns
 * their ids, so the screen keeps showing "New" on them for this visit.
 */
export async function lookAtMine(): Promise<string[]> {
  return db.transaction('rw', [db.myItems, db.feedItems], async () => {
    const { items, feedUpdatedAt } = await readMyItemsWithFeedTimes(db);
    const fresh = items.filter((i) => hasNews(i, feedUpdatedAt));
    for (const i of fresh) await db.myItems.update(i.id, { seenAt: newsStamp(i, feedUpdatedAt) });
    return fresh.map((i) => i.id);
  });
}
