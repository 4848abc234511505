import { describe, expect, it } from 'vitest';
import { sortFeedItems, timeline, upsertById } from './feed-list';

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
});

describe('upsertById', () => {
  it('replaces in place or adds at the end', () => {
    const list = [
      { id: 'a', v: 1 },
      { id: 'b', v: 1 },
    ];
    expect(upsertById(list, { id: 'a', v: 2 })).toEqual([
      { id: 'a', v: 2 },
      { id: 'b', v: 1 },
    ]);
    expect(upsertById(list, { id: 'c', v: 1 }).map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });
});
