// Pure rules of the feed screens: filtering, "new" and "updated" marks, each item's journey, poll results.
import type { FeedItem, FeedStatus, FeedUpdate } from '../../../../shared/feed';
import type { Poll } from '../../../../shared/poll';
import type { LocalizedText } from '../../../../shared/text';
import { pickText } from '../../../../shared/text';
import type { MyItemRow } from '../../../storage/rows';

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

// ——— What happened to what I said ———

export type StepKey = 'sent' | 'wall' | 'poll' | 'theme' | 'answer' | 'pollClosed' | 'withdrawn';
export type StepState = 'done' | 'now' | 'todo' | 'private' | 'problem';
export interface JourneyStep {
  key: StepKey;
  state: StepState;
}

/**
 * The journey of one of the device's own items: sent → on the wall / in the poll (or kept private) → part of a theme
 * (wall posts) → answered. A kept-private item's journey stops there, kindly.
 */
export function journeySteps(
  item: Pick<MyItemRow, 'kind' | 'delivery' | 'state' | 'themeIds' | 'feedItemIds' | 'withdrawn' | 'flaggedOnDevice'>,
  /** For a name idea: its poll has closed (another name was chosen, or none). */
  context: { pollClosed?: boolean } = {},
): JourneyStep[] {
  // Taken back: that is the whole story now.
  if (item.withdrawn) return [{ key: 'withdrawn', state: 'done' }];
  const steps: JourneyStep[] = [];
  const sent: StepState = item.delivery === 'delivered' ? 'done' : item.delivery === 'rejected' ? 'problem' : 'now';
  steps.push({ key: 'sent', state: sent });
  const shownKey: StepKey = item.kind === 'poll-suggestion' ? 'poll' : 'wall';
  if (sent !== 'done') {
    steps.push({ key: shownKey, state: 'todo' });
    if (item.kind === 'wall-post') steps.push({ key: 'theme', state: 'todo' });
    steps.push({ key: 'answer', state: 'todo' });
    return steps;
  }
  // Words this phone's check thought may be about harm are kept private from the start (the server's check is the
  // same): never "a person is checking it for the wall". Once the server says more, its word stands.
  const state = item.flaggedOnDevice && (item.state === null || item.state === 'delivered') ? 'kept-private' : (item.state ?? 'delivered');
  if (state === 'kept-private') {
    steps.push({ key: shownKey, state: 'private' });
    return steps;
  }
  const answered = state === 'answered' || item.feedItemIds.length > 0;
  const themed = item.themeIds.length > 0;
  steps.push({ key: shownKey, state: state === 'delivered' ? 'now' : 'done' });
  if (item.kind === 'wall-post' && (themed || !answered)) {
    steps.push({ key: 'theme', state: themed ? 'done' : state === 'delivered' ? 'todo' : 'now' });
  }
  if (item.kind === 'poll-suggestion' && !answered && context.pollClosed) {
    // The poll is over and this idea was not chosen: say so kindly rather than "people vote" forever.
    steps.push({ key: 'pollClosed', state: 'done' });
    return steps;
  }
  steps.push({ key: 'answer', state: answered ? 'done' : themed ? 'now' : 'todo' });
  return steps;
}

/** Newest first. */
export function sortMine(items: readonly MyItemRow[]): MyItemRow[] {
  return [...items].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.id < b.id ? 1 : -1));
}

// ——— What's in a name ———

/** Results show once this device has voted, or when the poll has closed. */
export function resultsVisible(poll: Pick<Poll, 'open'>, myVote: string | null | undefined): boolean {
  return !poll.open || Boolean(myVote);
}

export interface OptionResult {
  id: string;
  label: string;
  votes: number;
  percent: number;
  mine: boolean;
  adopted: boolean;
}

/**
 * Vote counts and whole-number percentages. A vote still waiting in the outbox is counted here already, so the young
 * person sees their own vote at once, offline.
 */
export function pollResults(poll: Poll, myVote: string | null | undefined, voteNotSentYet: boolean): OptionResult[] {
  const rows = poll.options.map((o) => ({
    id: o.id,
    label: o.label,
    votes: o.votes + (voteNotSentYet && o.id === myVote ? 1 : 0),
    mine: o.id === myVote,
    adopted: o.id === poll.adoptedOptionId,
  }));
  const total = rows.reduce((n, r) => n + r.votes, 0);
  return rows.map((r) => ({ ...r, percent: total === 0 ? 0 : Math.round((r.votes / total) * 100) }));
}

/** Open polls first, then closed ones. */
export function sortPolls(polls: readonly Poll[]): Poll[] {
  return [...polls].sort((a, b) => Number(b.open) - Number(a.open));
}

export const MAX_NAME_LENGTH = 60;

/** Formats a date (ISO date-time, or a plain YYYY-MM-DD day) in the young person's language. */
export function formatDay(value: string, lng: string): string {
  const plainDay = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(plainDay ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  const locale = lng === 'pseudo' ? 'en-GB' : lng === 'en' ? 'en-GB' : lng;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', ...(plainDay ? { timeZone: 'UTC' } : {}) }).format(date);
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
