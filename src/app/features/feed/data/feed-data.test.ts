import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FeedItem } from '../../../../shared/feed';
import { db } from '../../../storage/db';
import { lookAtFeed, react } from './feed-data';

const ITEM = '00000000-0000-4000-8000-000000000001';
const POLL = '00000000-0000-4000-8000-000000000010';
const OPT_A = '00000000-0000-4000-8000-000000000011';
const OPT_B = '00000000-0000-4000-8000-000000000012';

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
  await db.polls.put({
    id: POLL,
    term: 'contact',
    question: { en: 'What should we call contact?' },
    open: true,
    options: [
      { id: OPT_A, label: 'Family Time', votes: 2 },
      { id: OPT_B, label: 'Catch up', votes: 0 },
    ],
    adoptedOptionId: null,
  });
});
afterEach(() => db.close());

const opsOf = (type: string) => db.outbox.filter((r) => r.type === type).toArray();

describe('reactions', () => {
  it('keep one per item, changeable, with its op queued in the same write', async () => {
    expect(await react(ITEM, 'helps')).toBe(true);
    expect((await db.myReactions.get(ITEM))?.reaction).toBe('helps');
    expect((await opsOf('feed.react')).map((o) => o.payload)).toEqual([{ itemId: ITEM, reaction: 'helps' }]);
    // The same again changes nothing.
    expect(await react(ITEM, 'helps')).toBe(false);
    // A change replaces the op still waiting: only the latest is sent.
    expect(await react(ITEM, 'not-enough')).toBe(true);
    expect((await db.myReactions.get(ITEM))?.reaction).toBe('not-enough');
    expect((await opsOf('feed.react')).map((o) => o.payload)).toEqual([{ itemId: ITEM, reaction: 'not-enough' }]);
  });

  it('stamps a change after the reaction it replaces, even in the same millisecond or with the clock put back', async () => {
    // The server keeps the reaction stamped last (a replaced op may still arrive from a page that reloaded mid-push).
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2026-03-02T10:00:00.000Z'));
      await react(ITEM, 'helps');
      const [first] = await opsOf('feed.react');
      await react(ITEM, 'not-enough');
      const [second] = await opsOf('feed.react');
      vi.setSystemTime(new Date('2026-03-02T09:00:00.000Z'));
      await react(ITEM, 'helps');
      const [third] = await opsOf('feed.react');
      expect([first, second, third].map((o) => o?.createdAt)).toEqual([
        '2026-03-02T10:00:00.000Z',
        '2026-03-02T10:00:00.001Z',
        '2026-03-02T10:00:00.002Z',
      ]);
      expect((await db.myReactions.get(ITEM))?.at).toBe('2026-03-02T10:00:00.002Z');
    } finally {
      vi.useRealTimers();
    }
  });

  it('a change after the first was sent queues a new op', async () => {
    await react(ITEM, 'helps');
    await db.outbox.clear(); // delivered
    await react(ITEM, 'not-enough');
    expect((await opsOf('feed.react')).map((o) => o.payload)).toEqual([{ itemId: ITEM, reaction: 'not-enough' }]);
  });
});

describe('looking at the feed', () => {
  it('returns what was seen before and records the items as seen now', async () => {
    const a = feedItem();
    expect((await lookAtFeed([a])).size).toBe(0);
    expect((await db.feedSeen.get(ITEM))?.seenUpdatedAt).toBe(a.updatedAt);
    expect((await lookAtFeed([a])).get(ITEM)).toBe(a.updatedAt);
    const updated = feedItem({ updatedAt: '2025-02-01T00:00:00.000Z' });
    expect((await lookAtFeed([updated])).get(ITEM)).toBe(a.updatedAt);
    expect((await db.feedSeen.get(ITEM))?.seenUpdatedAt).toBe(updated.updatedAt);
  });
});
