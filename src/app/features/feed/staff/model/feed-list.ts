// The district log and the feed lists: links to the log, the districts to filter by, and the order items are shown in.
import type { StaffFeedItemView } from '../../../../shared/feed-staff';

export const LOG_URL = '/api/v1/staff/feed/log';

/** '' = every district, 'council' = whole-council items only, otherwise a district id. */
export type LogFilter = string;

export function feedLogUrl(filter: LogFilter, format: 'json' | 'csv'): string {
  const params = new URLSearchParams({ format });
  if (filter) params.set('district', filter);
  return `${LOG_URL}?${params.toString()}`;
}

export interface DistrictOption {
  id: string;
  name: string;
}

/** Drafts first (they need work), then the most recently changed. */
export function sortFeedItems<T extends Pick<StaffFeedItemView, 'state' | 'updatedAt' | 'id'>>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) =>
      (a.state === b.state ? 0 : a.state === 'draft' ? -1 : 1) || b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id),
  );
}

/** The timeline of a published item, oldest first, as it happened. */
export function timeline<T extends { at: string }>(updates: readonly T[]): T[] {
  return [...updates].sort((a, b) => a.at.localeCompare(b.at));
}

/** Heard serves UK councils: English dates read the British way; the pseudo test language reads as English. */
export function dateLocale(lng: string): string {
  const base = lng.split('-')[0];
  return base === 'en' || base === 'pseudo' ? 'en-GB' : lng;
}

/** "2026-11-03" or an ISO time → a date in the reader's language. Dates without a time are not shifted by time zones. */
export function formatDate(value: string | null | undefined, lng: string): string {
  if (!value) return '';
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(dateOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  try {
    return new Intl.DateTimeFormat(dateLocale(lng), { day: 'numeric', month: 'long', year: 'numeric', ...(dateOnly ? { timeZone: 'UTC' } : {}) }).format(date);
  } catch {
    return value;
  }
}

/** The list with `item` in place of the one with its id, or added at the end. */
export function upsertById<T extends { id: string }>(list: readonly T[], item: T): T[] {
  const at = list.findIndex((x) => x.id === item.id);
  return at === -1 ? [...list, item] : list.map((x, i) => (i === at ? item : x));
}
