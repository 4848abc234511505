import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FeedItem } from '../../../../shared/feed';
import { countNews } from '../../../shell/news';
import { applyPull } from '../../../storage/apply-pull';
import { db } from '../../../storage/db';
import { lookAtFeed, lookAtMine, react, suggestName, vote, voteWaiting } from './feed-data';

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

describe('votes', () => {
  it('once per device, offline, and the op waits in the outbox', async () => {
    expect(await vote(POLL, OPT_A)).toBe(true);
    expect(await vote(POLL, OPT_B)).toBe(false);
    expect((await db.myVotes.get(POLL))?.optionId).toBe(OPT_A);
    expect((await opsOf('poll.vote')).map((o) => o.payload)).toEqual([{ pollId: POLL, optionId: OPT_A }]);
    expect(await voteWaiting(POLL)).toBe(true);
    await db.outbox.clear();
    expect(await voteWaiting(POLL)).toBe(false);
  });

  it('not on a closed poll or a choice that is not there', async () => {
    expect(await vote(POLL, '00000000-0000-4000-8000-000000000099')).toBe(false);
    await db.polls.update(POLL, { open: false });
    expect(await vote(POLL, OPT_A)).toBe(false);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.myVotes.count()).toBe(0);
  });
});

describe('name suggestions', () => {
  it('become the device own item, with its op, and follow the journey through pull', async () => {
    const id = await suggestName(POLL, '  Family Time  ', { flaggedOnDevice: false });
    const row = await db.myItems.get(id);
    expect(row).toMatchObject({ kind: 'poll-suggestion', parentId: POLL, text: 'Family Time', delivery: 'not-sent' });
    expect((await opsOf('poll.suggest')).map((o) => [o.id, o.payload])).toEqual([[id, { pollId: POLL, label: 'Family Time' }]]);

    // The server says a person added it to the poll: that is news for "What happened to what I said".
    await applyPull(
      {
        myItems: [
          { id, kind: 'poll-suggestion', state: 'published', reason: null, themeIds: [], feedItemIds: [], updatedAt: '2099-01-01T00:00:00.000Z' },
        ],
      },
      '5',
    );
    const pulled = await db.myItems.get(id);
    expect(pulled).toMatchObject({ text: 'Family Time', parentId: POLL, state: 'published', delivery: 'delivered' });
    expect(await countNews()).toBe(1);
    expect(await lookAtMine()).toEqual([id]);
    expect(await countNews()).toBe(0);
    expect((await db.myItems.get(id))?.seenAt).toBe('2099-01-01T00:00:00.000Z');
  });

  it('tell the server when this phone flagged the idea, so it stays private there too', async () => {
    const id = await suggestName(POLL, 'words the phone flagged', { flaggedOnDevice: true });
    expect((await db.myItems.get(id))?.flaggedOnDevice).toBe(true);
    expect((await opsOf('poll.suggest')).map((o) => o.payload)).toEqual([{ pollId: POLL, label: 'words the phone flagged', flaggedOnDevice: true }]);
  });
});

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
          { id: postId, kind: 'wall-post', state: 'answered', reason: null, themeIds: ['t'], feedItemIds: [ITEM], updatedAt: '2025-01-01T10:00:00.000Z' },
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
