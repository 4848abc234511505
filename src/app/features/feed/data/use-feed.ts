// What the feed screens read: the council's feed items and this phone's reactions to them.
import type { Reaction } from '../../../../shared/feed';
import { db } from '../../../storage/db';
import { useLiveQuery } from '../../../storage/live';
import type { FeedItem } from '../../../storage/rows';

/** Every feed item on this phone; undefined while loading. */
export function useFeedItems(): FeedItem[] | undefined {
  return useLiveQuery(() => db.feedItems.toArray(), []);
}

/** One feed item; undefined while loading, null when this phone has none by that id. */
export function useFeedItem(itemId: string): FeedItem | null | undefined {
  return useLiveQuery(async () => (await db.feedItems.get(itemId)) ?? null, [itemId]);
}

/** This phone's reaction to each item (itemId → reaction). */
export function useReactions(): Map<string, Reaction> {
  return useLiveQuery(
    async () => new Map((await db.myReactions.toArray()).map((r) => [r.itemId, r.reaction] as const)),
    [],
    new Map<string, Reaction>(),
  );
}
