import { describe, expect, it } from 'vitest';
import { hasNews, newsStamp } from './news';

const item = (over: Partial<Parameters<typeof hasNews>[0]> = {}) => ({
  state: 'published' as const,
  updatedAt: '2025-01-02T00:00:00.000Z',
  seenAt: '2025-01-01T00:00:00.000Z' as string | null,
  feedItemIds: [] as string[],
  ...over,
});

describe('news on the young person’s own items', () => {
  it('is news when the item moved past delivered since it was seen', () => {
    expect(hasNews(item(), new Map())).toBe(true);
    expect(hasNews(item({ seenAt: '2025-01-02T00:00:00.000Z' }), new Map())).toBe(false);
    expect(hasNews(item({ seenAt: null }), new Map())).toBe(true);
  });
  it('is never news while only sent or delivered', () => {
    expect(hasNews(item({ state: null as never }), new Map())).toBe(false);
    expect(hasNews(item({ state: 'delivered' }), new Map())).toBe(false);
  });
  it('an update to the feed item answering it is news, compared on the server clock', () => {
    const feed = new Map([['f', '2025-03-01T00:00:00.000Z']]);
    const answered = item({ state: 'answered', feedItemIds: ['f', 'missing'], seenAt: '2025-01-02T00:00:00.000Z' });
    expect(newsStamp(answered, feed)).toBe('2025-03-01T00:00:00.000Z');
    expect(hasNews(answered, feed)).toBe(true);
    expect(hasNews({ ...answered, seenAt: newsStamp(answered, feed) }, feed)).toBe(false);
  });
});
