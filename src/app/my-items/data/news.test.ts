// News on the young person's own items: an answer, an update to it, kept private; never merely arriving.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FeedItem } from '../../../shared/feed';
import { lookAtMine } from './look-at-mine';
import { countNews } from './news';
import { applyPull } from '../../storage/apply-pull';
import { db } from '../../storage/db';

const ITEM = '00000000-0000-4000-8000-000000000001';

const feedItem = (over: Partial<FeedItem> = {}): FeedItem => ({
  id: ITEM,
  said: { en: 'Too many changes of social worker' },
  did: { en: 'New teams' },
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

beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterEach(() => db.close());

describe('news on my items', () => {
  const postId = '00000000-0000-4000-8000-000000000020';
  beforeEach(async () => {
    await db.myItems.add({
      id: postId,
      kind: 'wall-post',
      text: 'Yes more trips',
      parentId: 'prompt',
      createdAt: '2025-01-01T00:00:00.000Z',
      delivery: 'delivered',
      state: 'delivered',
      reason: null,
      themeIds: [],
      feedItemIds: [],
      updatedAt: '2025-01-01T00:00:01.000Z',
      seenAt: '2025-01-01T00:00:00.000Z',
    });
  });

  it('only arriving at the server is not news', async () => {
    expect(await countNews()).toBe(0);
  });

  it('an answer, and later an update to that answer, are news until looked at', async () => {
    await db.feedItems.put(feedItem());
    await applyPull(
      {
        myItems: [
          {
            id: postId,
            kind: 'wall-post',
            state: 'answered',
            reason: null,
            themeIds: ['t'],
            feedItemIds: [ITEM],
            updatedAt: '2025-01-01T10:00:00.000Z',
          },
        ],
      },
      '6',
    );
    expect((await db.myItems.get(postId))?.text).toBe('Yes more trips');
    expect(await countNews()).toBe(1);
    await lookAtMine();
    expect(await countNews()).toBe(0);
    // Staff add an update to the answer: the feed item changes, the post's journey has news again.
    await db.feedItems.put(feedItem({ updatedAt: '2025-03-01T00:00:00.000Z' }));
    expect(await countNews()).toBe(1);
  });

  it('kept private is news too', async () => {
    await db.myItems.update(postId, { state: 'kept-private', reason: 'personal-details', updatedAt: '2025-01-02T00:00:00.000Z' });
    expect(await countNews()).toBe(1);
  });
});
