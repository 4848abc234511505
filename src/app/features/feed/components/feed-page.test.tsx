// The feed screens render from IndexedDB alone, in English and in Arabic, and their buttons write offline.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { Suspense } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import arCommon from '../../../../../locales/ar/common.json';
import arFeed from '../../../../../locales/ar/feed.json';
import arVocab from '../../../../../locales/ar/vocab.json';
import enCommon from '../../../../../locales/en/common.json';
import enFeed from '../../../../../locales/en/feed.json';
import enPrivacy from '../../../../../locales/en/privacy.json';
import enVocab from '../../../../../locales/en/vocab.json';
import type { FeedItem } from '../../../../shared/feed';
import type * as LookAtMine from '../../../my-items/data/look-at-mine';
import { db } from '../../../storage/db';
import { failingWrites, resetFailingWrites } from '../../../storage/test-failing-writes';
import type * as FeedData from '../data/feed-data';
import FeedPage from './feed-page';
import { initTestI18n } from '../../../i18n/test-i18n';

// Seen marks are written in the background; a test can make those writes fail as a closed or full storage would.
vi.mock('../../../my-items/data/look-at-mine', async (load) =>
  (await import('../../../storage/test-failing-writes')).withFailingWrites(await load<typeof LookAtMine>(), 'lookAtMine'),
);
vi.mock('../data/feed-data', async (load) =>
  (await import('../../../storage/test-failing-writes')).withFailingWrites(await load<typeof FeedData>(), 'lookAtFeed', 'react'),
);

const ITEM = '00000000-0000-4000-8000-000000000001';
const OLD = '00000000-0000-4000-8000-000000000002';
const POST = '00000000-0000-4000-8000-000000000020';

const feedItem = (over: Partial<FeedItem>): FeedItem => ({
  id: ITEM,
  said: { en: 'Too many changes of social worker', ar: 'تغييرات كثيرة في الأخصائي الاجتماعي' },
  did: { en: 'Smaller teams so you keep the same worker' },
  status: 'in-progress',
  cantDoReason: null,
  districtId: 'north',
  responsible: 'Head of children’s services',
  startOn: '2025-01-06',
  dueOn: '2025-09-30',
  publishedAt: '2025-02-01T10:00:00.000Z',
  updatedAt: '2025-04-01T10:00:00.000Z',
  updates: [
    { id: 'u1', at: '2025-02-01T10:00:00.000Z', status: 'planned', text: { en: 'We will make smaller teams.' } },
    { id: 'u2', at: '2025-04-01T10:00:00.000Z', status: 'in-progress', text: { en: 'Two teams have started.' } },
  ],
  sources: [{ kind: 'theme', id: 't1', quote: 'I had five social workers in a year' }],
  ...over,
});

beforeAll(() =>
  initTestI18n(
    {
      en: { common: enCommon, feed: enFeed, vocab: enVocab, privacy: enPrivacy },
      ar: { common: arCommon, feed: arFeed, vocab: arVocab },
    },
    'common',
  ),
);

beforeEach(async () => {
  await db.delete();
  await db.open();
  await db.council.put({
    id: 'c',
    name: 'Demoshire',
    districts: [
      { id: 'north', name: 'North' },
      { id: 'south', name: 'South' },
    ],
    outOfHoursPhone: '0300 000 000',
    vocabulary: {},
    languages: ['en', 'cy', 'ar'],
  });
  await db.feedItems.bulkPut([
    feedItem({}),
    feedItem({
      id: OLD,
      said: { en: 'Family time is too short' },
      did: { en: 'We looked at it with your social workers' },
      status: 'cant-do',
      cantDoReason: { en: 'A court decides how long family time is, to keep everyone safe.' },
      districtId: null,
      publishedAt: '2025-01-01T10:00:00.000Z',
      updatedAt: '2025-01-01T10:00:00.000Z',
      updates: [],
      sources: [],
    }),
  ]);
  // This device saw the older item already, and the first one before its latest update.
  await db.feedSeen.bulkPut([
    { itemId: OLD, seenUpdatedAt: '2025-01-01T10:00:00.000Z' },
    { itemId: ITEM, seenUpdatedAt: '2025-02-01T10:00:00.000Z' },
  ]);
  await i18next.changeLanguage('en');
});
afterEach(async () => {
  cleanup();
  resetFailingWrites();
  db.close();
});

const open = async (path: string) => {
  window.history.replaceState(null, '', path);
  let result!: ReturnType<typeof render>;
  await act(async () => {
    result = render(
      <Suspense fallback={null}>
        <FeedPage />
      </Suspense>,
    );
  });
  return result;
};

describe('You said, we did', () => {
  it('shows compact cards (status, what was said, one date, an updated mark) that open to their own screen', async () => {
    const { container } = await open('/feed');
    expect(await screen.findByRole('heading', { level: 1, name: 'You said, we did' })).toBeTruthy();
    const first = await screen.findByRole('article', { name: /Too many changes of social worker/ });
    expect(container.querySelectorAll('article.feed-card')).toHaveLength(2);
    const inFirst = within(first);
    expect(inFirst.getByText('Happening now')).toBeTruthy();
    expect(inFirst.getByRole('link', { name: /Too many changes of social worker/ }).getAttribute('href')).toBe(`/feed/${ITEM}`);
    // One date on the card: when it last changed; the rest is on its own screen.
    expect(first.querySelectorAll('time')).toHaveLength(1);
    expect(inFirst.getByText('1 April 2025')).toBeTruthy();
    expect(inFirst.queryByText('Smaller teams so you keep the same worker')).toBeNull();
    expect(await inFirst.findByText('Updated since you last looked')).toBeTruthy();
    expect(inFirst.getByRole('button', { name: 'Read aloud: Too many changes of social worker' })).toBeTruthy();
    const second = screen.getByRole('article', { name: /Family time is too short/ });
    expect(within(second).getByText('Shared on')).toBeTruthy();
    expect(within(second).queryByText('New')).toBeNull();
    // Looking records what was seen.
    await act(async () => {
      await new Promise((r) => setTimeout(r, 20));
    });
    expect((await db.feedSeen.get(ITEM))?.seenUpdatedAt).toBe('2025-04-01T10:00:00.000Z');
  });

  it("shows one item's screen with what was said and done, its facts and its whole timeline", async () => {
    await open(`/feed/${ITEM}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Too many changes of social worker' })).toBeTruthy();
    expect(screen.getByText('Smaller teams so you keep the same worker')).toBeTruthy();
    expect(screen.getByText('I had five social workers in a year')).toBeTruthy();
    expect(await screen.findByText('North')).toBeTruthy();
    expect(screen.getByText('Head of children’s services')).toBeTruthy();
    expect(screen.getByText('30 September 2025')).toBeTruthy();
    // Earlier updates stay visible.
    expect(screen.getByText('We will make smaller teams.')).toBeTruthy();
    expect(screen.getByText('Two teams have started.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to You said, we did' }).getAttribute('href')).toBe('/feed');
  });

  it('says why we cant, and never "not here" before the phone has looked', async () => {
    await open(`/feed/${OLD}`);
    expect(await screen.findByText('A court decides how long family time is, to keep everyone safe.')).toBeTruthy();
    expect(screen.getByText('The whole council')).toBeTruthy();
    cleanup();
    await open('/feed/00000000-0000-4000-8000-0000000000ff');
    expect(await screen.findByText(/This isn't on this phone yet/)).toBeTruthy();
  });

  it('filters by status and by area', async () => {
    const { container } = await open('/feed');
    await screen.findByRole('article', { name: /Too many changes/ });
    await act(async () => {
      fireEvent.change(screen.getByLabelText("How it's going"), { target: { value: 'cant-do' } });
    });
    expect(container.querySelectorAll('article.feed-card')).toHaveLength(1);
    expect(screen.getByRole('article', { name: /Family time/ })).toBeTruthy();
    expect(container.querySelector('.feed-filters summary')?.textContent).toContain("Can't do");
    await act(async () => {
      fireEvent.change(screen.getByLabelText("How it's going"), { target: { value: 'all' } });
      fireEvent.change(screen.getByLabelText('Area'), { target: { value: 'south' } });
    });
    // South sees the whole-council item, not North's.
    expect(container.querySelectorAll('article.feed-card')).toHaveLength(1);
    expect(screen.queryByRole('article', { name: /Too many changes/ })).toBeNull();
  });

  it('reacts offline, once per item, and the choice can change', async () => {
    await open(`/feed/${ITEM}`);
    await screen.findByRole('heading', { level: 1, name: /Too many changes/ });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'This helps' }));
    });
    expect((await db.myReactions.get(ITEM))?.reaction).toBe('helps');
    expect(await screen.findByRole('button', { name: 'This helps', pressed: true })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Read aloud: Not enough yet' })).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Not enough yet' }));
    });
    expect((await db.myReactions.get(ITEM))?.reaction).toBe('not-enough');
    expect(await db.outbox.filter((o) => o.type === 'feed.react').count()).toBe(1);
  });

  it('says so when a reaction could not be kept on the phone', async () => {
    await open(`/feed/${ITEM}`);
    await screen.findByRole('heading', { level: 1, name: /Too many changes/ });
    failingWrites.fail = true;
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'This helps' }));
    });
    expect(await screen.findByText('This could not be saved on this phone. Please try again.')).toBeTruthy();
    expect(failingWrites.tried).toContain('react');
    expect(await db.myReactions.get(ITEM)).toBeUndefined();
  });

  it('says when staff text is not translated yet, in Arabic', async () => {
    await i18next.changeLanguage('ar');
    await open(`/feed/${ITEM}`);
    expect(await screen.findByRole('heading', { level: 1, name: /تغييرات كثيرة/ })).toBeTruthy();
    expect(screen.getByText('لم يُترجم بعد، لذلك بعض هذا بالإنجليزية.')).toBeTruthy();
    expect(screen.getByText('Smaller teams so you keep the same worker').getAttribute('lang')).toBe('en');
  });
});

describe('What happened to what I said', () => {
  beforeEach(async () => {
    await db.themes.put({ id: 't1', title: { en: 'Too many changes of social worker' } });
    await db.wallPrompts.put({
      id: 'p1',
      kind: 'no-more',
      text: { en: 'No more…' },
      districtId: null,
      open: true,
      sortOrder: 1,
    } as never);
    await db.myItems.bulkPut([
      {
        id: POST,
        kind: 'wall-post',
        text: 'No more new social workers every month',
        parentId: 'p1',
        createdAt: '2025-01-10T10:00:00.000Z',
        delivery: 'delivered',
        state: 'answered',
        reason: null,
        themeIds: ['t1'],
        feedItemIds: [ITEM],
        updatedAt: '2025-04-01T10:00:00.000Z',
        seenAt: '2025-01-10T10:00:00.000Z',
      },
      {
        id: '00000000-0000-4000-8000-000000000021',
        kind: 'wall-post',
        text: 'Something private',
        parentId: 'p1',
        createdAt: '2025-01-05T10:00:00.000Z',
        delivery: 'delivered',
        state: 'kept-private',
        reason: 'personal-details',
        themeIds: [],
        feedItemIds: [],
        updatedAt: '2025-01-06T10:00:00.000Z',
        seenAt: '2025-01-06T10:00:00.000Z',
      },
    ]);
  });

  it('shows each journey, the theme, the answer with its latest update, a New badge, and marks it seen', async () => {
    await open('/feed/mine');
    expect(await screen.findByRole('heading', { level: 1, name: 'What happened to what I said' })).toBeTruthy();
    const post = await screen.findByRole('article', { name: 'No more new social workers every month' });
    const inPost = within(post);
    expect(await inPost.findByText('New')).toBeTruthy();
    expect(inPost.getByText('Sent')).toBeTruthy();
    expect(inPost.getByText('On the wall')).toBeTruthy();
    expect(inPost.getByText('The council answered')).toBeTruthy();
    expect(await inPost.findByText('Too many changes of social worker', { selector: '.journey-theme' })).toBeTruthy();
    expect(inPost.getByText('Two teams have started.')).toBeTruthy();
    expect(inPost.getByRole('link', { name: 'See it in You said, we did' }).getAttribute('href')).toBe(`/feed/${ITEM}`);
    const secret = screen.getByRole('article', { name: 'Something private' });
    expect(within(secret).getByText('Kept private')).toBeTruthy();
    expect(within(secret).getByText(/might help someone find you/)).toBeTruthy();
    expect(within(secret).queryByText('New')).toBeNull();
    await act(async () => {
      await new Promise((r) => setTimeout(r, 20));
    });
    expect((await db.myItems.get(POST))?.seenAt).toBe('2025-04-01T10:00:00.000Z');
    // The badge stays for this visit.
    expect(inPost.getByText('New')).toBeTruthy();
  });

  it('lets a seen mark fail quietly when storage cannot be written (no unhandled rejection)', async () => {
    failingWrites.fail = true;
    await open('/feed/mine');
    await screen.findByRole('article', { name: 'No more new social workers every month' });
    cleanup();
    await open('/feed');
    await screen.findByRole('article', { name: /Too many changes of social worker/ });
    await act(async () => {
      await new Promise((r) => setTimeout(r, 20));
    });
    expect(failingWrites.tried).toEqual(['lookAtMine', 'lookAtFeed']);
    // Nothing was marked, so the marks show again next time.
    expect((await db.myItems.get(POST))?.seenAt).toBe('2025-01-10T10:00:00.000Z');
  });

  it('has something kind to say when nothing was sent yet', async () => {
    await db.myItems.clear();
    await open('/feed/mine');
    expect(await screen.findByText(/You haven't sent anything yet/)).toBeTruthy();
  });
});
