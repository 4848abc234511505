// Which of the device's own items have news (the shell's count loads with the first screen, so this stays small).
import type { HeardDb } from '../../storage/db';
import { useLiveRead } from '../../storage/live-read';
import { loadDb } from '../../storage/load-db';
import type { MyItemRow } from '../../storage/rows';
import { hasNews } from '../model/news';

/** Reads the device's own items and the updatedAt of the feed items answering them. */
export async function readMyItemsWithFeedTimes(db: HeardDb): Promise<{ items: MyItemRow[]; feedUpdatedAt: Map<string, string> }> {
  const items = await db.myItems.toArray();
  const ids = [...new Set(items.flatMap((i) => i.feedItemIds))];
  const feed = ids.length ? await db.feedItems.bulkGet(ids) : [];
  const feedUpdatedAt = new Map<string, string>();
  for (const f of feed) if (f) feedUpdatedAt.set(f.id, f.updatedAt);
  return { items, feedUpdatedAt };
}

async function countNewsIn(db: HeardDb): Promise<number> {
  const { items, feedUpdatedAt } = await readMyItemsWithFeedTimes(db);
  return items.filter((i) => hasNews(i, feedUpdatedAt)).length;
}

export const countNews = async (): Promise<number> => countNewsIn(await loadDb());

/** How many of the device's own items have news; 0 while loading. */
export function useNewsCount(): number {
  return useLiveRead(countNewsIn, [], 0);
}
