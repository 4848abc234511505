// "Something of yours moved": which of the device's own items have news the young person has not looked at yet.
// Pure. The shell shows a neutral count on the nav ("1 new"); "What happened to what I said" shows it item by item.
import type { MyItemRow } from '../../storage/rows';

const time = (iso: string | null | undefined): number => {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? 0 : t;
};

/**
 * The latest server time at which the item (or a feed item answering it) changed. Stored as the item's seenAt when
 * the young person looks, so both sides of the comparison are the server's clock, never the phone's.
 */
export function newsStamp(item: Pick<MyItemRow, 'updatedAt' | 'feedItemIds'>, feedUpdatedAt: ReadonlyMap<string, string>): string {
  let stamp = item.updatedAt;
  for (const id of item.feedItemIds) {
    const at = feedUpdatedAt.get(id);
    if (at && time(at) > time(stamp)) stamp = at;
  }
  return stamp;
}

/**
 * True when the item moved past "delivered" (published, kept private, grouped, answered, or its answer was updated)
 * since the young person last looked. Merely arriving at the server is not news: they know they sent it.
 */
export function hasNews(
  item: Pick<MyItemRow, 'state' | 'updatedAt' | 'seenAt' | 'feedItemIds'>,
  feedUpdatedAt: ReadonlyMap<string, string>,
): boolean {
  if (item.state === null || item.state === 'delivered') return false;
  return item.seenAt === null || time(newsStamp(item, feedUpdatedAt)) > time(item.seenAt);
}
