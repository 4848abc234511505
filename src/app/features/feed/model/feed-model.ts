// Pure rules of the feed screens: filtering, "new" and "updated" marks, timelines.
import type { FeedItem, FeedStatus, FeedUpdate } from '../../../../shared/feed';
import type { LocalizedText } from '../../../../shared/text';
import { pickText } from '../../../../shared/text';

/** 'all': every item; 'council': whole-council items only; otherwise a district id (its items + whole-council ones). */
export type DistrictFilter = 'all' | 'council' | string;
export type StatusFilter = 'all' | FeedStatus;

export function filterFeed(items: readonly FeedItem[], district: DistrictFilter, status: StatusFilter): FeedItem[] {
  return items
    .filter((i) => {
      if (district === 'all') return true;
      if (district === 'council') return i.districtId === null;
      return i.districtId === null || i.districtId === district;
    })
    .filter((i) => status === 'all' || i.status === status)
    .sort(newestFirst);
}

export function newestFirst(a: FeedItem, b: FeedItem): number {
  return Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export type SeenMark = 'new' | 'updated' | null;

/** Against what this device saw when the young person last looked (itemId → the item's updatedAt then). */
export function seenMark(item: Pick<FeedItem, 'id' | 'updatedAt'>, seen: ReadonlyMap<string, string>): SeenMark {
  const before = seen.get(item.id);
  if (before === undefined) return 'new';
  return Date.parse(item.updatedAt) > Date.parse(before) ? 'updated' : null;
}

/** Updates oldest first: the earlier words and dates always stay visible. */
export function timeline(item: Pick<FeedItem, 'updates'>): FeedUpdate[] {
  return [...item.updates].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

export function latestUpdate(item: Pick<FeedItem, 'updates'>): FeedUpdate | undefined {
  const all = timeline(item);
  return all[all.length - 1];
}

/** Picks every text of an item in the young person's language; `fellBack` when any of it is English instead. */
export function pickAll(texts: ReadonlyArray<LocalizedText | null | undefined>, lng: string) {
  const picked = texts.map((t) => (t ? pickText(t, lng) : null));
  return { picked, fellBack: picked.some((p) => p !== null && !p.translated) };
}

/**
 * What the feed screen remembers of "before" for this visit: once an item has been looked at, its mark stays as it
 * was when the visit began, even though the device records it as seen at once (and filters change what is looked at).
 */
export interface SeenSnapshot {
  seen: Map<string, string>;
  looked: Set<string>;
}

export function mergeSeen(prev: SeenSnapshot | null, before: ReadonlyMap<string, string>, ids: readonly string[]): SeenSnapshot {
  const seen = new Map(prev?.seen);
  const looked = new Set(prev?.looked);
  for (const id of ids) {
    if (looked.has(id)) continue;
    looked.add(id);
    const at = before.get(id);
    if (at !== undefined) seen.set(id, at);
  }
  return { seen, looked };
}
