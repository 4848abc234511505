// The feed lists: the order items are shown in, the timeline of a published item, and keeping a list up to date.
import type { StaffFeedItemView } from '../../../../../shared/feed-staff';

/** Drafts first (they need work), then the most recently changed. */
export function sortFeedItems<T extends Pick<StaffFeedItemView, 'state' | 'updatedAt' | 'id'>>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) => (a.state === b.state ? 0 : a.state === 'draft' ? -1 : 1) || b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id),
  );
}

/** The timeline of a published item, oldest first, as it happened. */
export function timeline<T extends { at: string }>(updates: readonly T[]): T[] {
  return [...updates].sort((a, b) => a.at.localeCompare(b.at));
}

/** The list with `item` in place of the one with its id, or added at the end. */
export function upsertById<T extends { id: string }>(list: readonly T[], item: T): T[] {
  const at = list.findIndex((x) => x.id === item.id);
  return at === -1 ? [...list, item] : list.map((x, i) => (i === at ? item : x));
}
