import { describe, expect, it } from 'vitest';
import type { FeedItem } from '../../../../shared/feed';
import { filterFeed, latestUpdate, mergeSeen, pickAll, seenMark, timeline } from './feed-model';

const item = (over: Partial<FeedItem>): FeedItem => ({
  id: 'i',
  said: { en: 'said' },
  did: { en: 'did' },
  status: 'planned',
  cantDoReason: null,
  districtId: null,
  responsible: 'Head of service',
  startOn: null,
  dueOn: null,
  publishedAt: '2025-01-01T10:00:00.000Z',
  updatedAt: '2025-01-01T10:00:00.000Z',
  updates: [],
  sources: [],
  ...over,
});

describe('feed filtering', () => {
  const items = [
    item({ id: 'a', districtId: null, status: 'done', publishedAt: '2025-01-01T00:00:00Z' }),
    item({ id: 'b', districtId: 'north', status: 'planned', publishedAt: '2025-03-01T00:00:00Z' }),
    item({ id: 'c', districtId: 'south', status: 'cant-do', publishedAt: '2025-02-01T00:00:00Z' }),
  ];
  it('shows newest first', () => {
    expect(filterFeed(items, 'all', 'all').map((i) => i.id)).toEqual(['b', 'c', 'a']);
  });
  it('a district shows its own items and the whole council ones', () => {
    expect(filterFeed(items, 'north', 'all').map((i) => i.id)).toEqual(['b', 'a']);
  });
  it('"whole council" shows only items for everyone', () => {
    expect(filterFeed(items, 'council', 'all').map((i) => i.id)).toEqual(['a']);
  });
  it('filters by status, together with the district', () => {
    expect(filterFeed(items, 'all', 'cant-do').map((i) => i.id)).toEqual(['c']);
    expect(filterFeed(items, 'north', 'cant-do')).toEqual([]);
  });
});

describe('new and updated marks', () => {
  const seen = new Map([['a', '2025-01-01T10:00:00.000Z']]);
  it('is new when this device never showed it', () => {
    expect(seenMark(item({ id: 'z' }), seen)).toBe('new');
  });
  it('is updated when it changed after it was shown', () => {
    expect(seenMark(item({ id: 'a', updatedAt: '2025-02-01T00:00:00.000Z' }), seen)).toBe('updated');
  });
  it('has no mark when nothing changed', () => {
    expect(seenMark(item({ id: 'a' }), seen)).toBeNull();
  });
  it('keeps the marks of this visit after the items are recorded as seen', () => {
    const first = mergeSeen(null, new Map([['a', '1']]), ['a', 'b']);
    // The second look finds both seen already (the first look recorded them): the first answer stands.
    const second = mergeSeen(
      first,
      new Map([
        ['a', '2'],
        ['b', '2'],
        ['c', '2'],
      ]),
      ['a', 'b', 'c'],
    );
    expect(second.seen.get('a')).toBe('1');
    expect(second.seen.has('b')).toBe(false);
    expect(second.seen.get('c')).toBe('2');
    expect([...second.looked].sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('timeline', () => {
  const it1 = item({
    updates: [
      { id: 'u2', at: '2025-03-01T00:00:00Z', status: 'in-progress', text: { en: 'second' } },
      { id: 'u1', at: '2025-02-01T00:00:00Z', status: 'planned', text: { en: 'first' } },
    ],
  });
  it('keeps every update, oldest first', () => {
    expect(timeline(it1).map((u) => u.id)).toEqual(['u1', 'u2']);
    expect(latestUpdate(it1)?.id).toBe('u2');
    expect(latestUpdate(item({}))).toBeUndefined();
  });
  it('says when any text fell back to English', () => {
    expect(pickAll([{ en: 'a', cy: 'b' }, null], 'cy').fellBack).toBe(false);
    expect(pickAll([{ en: 'a', cy: 'b' }, { en: 'c' }], 'cy').fellBack).toBe(true);
    expect(pickAll([{ en: 'a' }], 'en').fellBack).toBe(false);
  });
});
