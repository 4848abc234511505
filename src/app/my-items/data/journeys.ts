// Everything "What happened to what I said" shows: the device's own items, newest first, with the themes and feed
// items that answer them, whether a name idea's poll has closed, and what each item was written for.
import type { LocalizedText } from '../../../shared/text';
import { db } from '../../storage/db';
import { useLiveQuery } from '../../storage/live';
import type { FeedItem, MyItemRow, Theme } from '../../storage/rows';
import { sortMine } from '../model/journey';

export interface MyJourneys {
  items: MyItemRow[];
  feedItems: Map<string, FeedItem>;
  /** The updatedAt of each feed item answering an item, for the news rule. */
  feedUpdatedAt: Map<string, string>;
  themes: Map<string, Theme>;
  closedPolls: Set<string>;
}

async function readJourneys(): Promise<MyJourneys> {
  const items = sortMine(await db.myItems.toArray());
  const feedIds = [...new Set(items.flatMap((i) => i.feedItemIds))];
  const themeIds = [...new Set(items.flatMap((i) => i.themeIds))];
  const pollIds = [...new Set(items.filter((i) => i.kind === 'poll-suggestion').map((i) => i.parentId))];
  const [feed, themes, polls] = await Promise.all([db.feedItems.bulkGet(feedIds), db.themes.bulkGet(themeIds), db.polls.bulkGet(pollIds)]);
  const closedPolls = new Set(polls.flatMap((p) => (p && !p.open ? [p.id] : [])));
  const feedItems = new Map<string, FeedItem>();
  for (const f of feed) if (f) feedItems.set(f.id, f);
  const feedUpdatedAt = new Map([...feedItems.values()].map((f) => [f.id, f.updatedAt]));
  const themeMap = new Map<string, Theme>();
  for (const th of themes) if (th) themeMap.set(th.id, th);
  return { items, feedItems, feedUpdatedAt, themes: themeMap, closedPolls };
}

/** undefined while loading. */
export function useMyJourneys(): MyJourneys | undefined {
  return useLiveQuery(readJourneys, []);
}

/** The prompt or poll question an item was written for; undefined while loading or when it is gone. */
export function useMyItemParent(item: Pick<MyItemRow, 'kind' | 'parentId'>): LocalizedText | undefined {
  return useLiveQuery(
    async () => (item.kind === 'poll-suggestion' ? (await db.polls.get(item.parentId))?.question : (await db.wallPrompts.get(item.parentId))?.text),
    [item.kind, item.parentId],
  );
}
