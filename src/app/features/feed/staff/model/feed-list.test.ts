import { describe, expect, it } from 'vitest';
import { feedLogUrl, formatDate, sortFeedItems, timeline, upsertById } from './log';

describe('district log links', () => {
  it('asks for everything, whole-council items or one district, as JSON or CSV', () => {
    expect(feedLogUrl('', 'csv')).toBe('/api/v1/staff/feed/log?format=csv');
    expect(feedLogUrl('council', 'json')).toBe('/api/v1/staff/feed/log?format=json&district=council');
    expect(feedLogUrl('north & east', 'csv')).toBe('/api/v1/staff/feed/log?format=csv&district=north+%26+east');
  });
});

describe('feed lists', () => {
  it('shows drafts first, then the most recently changed', () => {
    const items = [
      { id: 'p-old', state: 'published' as const, updatedAt: '2026-01-01' },
      { id: 'd', state: 'draft' as const, updatedAt: '2025-01-01' },
      { id: 'p-new', state: 'published' as const, updatedAt: '2026-02-01' },
    ];
    expect(sortFeedItems(items).map((i) => i.id)).toEqual(['d', 'p-new', 'p-old']);
  });
  it('keeps the timeline oldest first', () => {
    expect(timeline([{ at: '2026-03-01' }, { at: '2026-01-01' }]).map((u) => u.at)).toEqual(['2026-01-01', '2026-03-01']);
  });
  it('formats dates without moving a date-only value across midnight', () => {
    expect(formatDate('2026-11-03', 'en')).toBe('3 November 2026');
    expect(formatDate(null, 'en')).toBe('');
    expect(formatDate('not a date', 'en')).toBe('not a date');
  });
});

describe('upsertById', () => {
  it('replaces in place or adds at the end', () => {
    const list = [{ id: 'a', v: 1 }, { id: 'b', v: 1 }];
    expect(upsertById(list, { id: 'a', v: 2 })).toEqual([{ id: 'a', v: 2 }, { id: 'b', v: 1 }]);
    expect(upsertById(list, { id: 'c', v: 1 }).map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });
});
