import { describe, expect, it } from 'vitest';
import type { FeedItem } from '../../../../shared/feed';
import type { Poll } from '../../../../shared/poll';
import type { MyItemRow } from '../../../storage/rows';
import {
  filterFeed,
  formatDay,
  journeySteps,
  latestUpdate,
  mergeSeen,
  pickAll,
  pollResults,
  resultsVisible,
  seenMark,
  sortMine,
  sortPolls,
  timeline,
} from './feed-model';

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

const mine = (over: Partial<MyItemRow>): MyItemRow => ({
  id: 'm',
  kind: 'wall-post',
  text: 'Yes more trips',
  parentId: 'p',
  createdAt: '2025-01-01T10:00:00.000Z',
  delivery: 'delivered',
  state: 'delivered',
  reason: null,
  themeIds: [],
  feedItemIds: [],
  updatedAt: '2025-01-01T10:00:00.000Z',
  seenAt: '2025-01-01T10:00:00.000Z',
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
    const second = mergeSeen(first, new Map([['a', '2'], ['b', '2'], ['c', '2']]), ['a', 'b', 'c']);
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

describe('journey steps', () => {
  const states = (m: MyItemRow, context: { pollClosed?: boolean } = {}) => journeySteps(m, context).map((s) => `${s.key}:${s.state}`);
  it('not sent yet: every later step waits', () => {
    expect(states(mine({ delivery: 'not-sent', state: null }))).toEqual(['sent:now', 'wall:todo', 'theme:todo', 'answer:todo']);
  });
  it('could not be sent', () => {
    expect(states(mine({ delivery: 'rejected', state: null }))[0]).toBe('sent:problem');
  });
  it('delivered: a person is checking it', () => {
    expect(states(mine({}))).toEqual(['sent:done', 'wall:now', 'theme:todo', 'answer:todo']);
  });
  it('words this phone thought may be about harm are kept private from the start, never "checked for the wall"', () => {
    expect(states(mine({ flaggedOnDevice: true }))).toEqual(['sent:done', 'wall:private']);
    expect(states(mine({ flaggedOnDevice: true, state: null }))).toEqual(['sent:done', 'wall:private']);
    // Once the server has said more, its word stands.
    expect(states(mine({ flaggedOnDevice: true, state: 'published' }))[1]).toBe('wall:done');
  });
  it('taken back: that is the whole story', () => {
    expect(states(mine({ withdrawn: true, state: 'answered', feedItemIds: ['f'] }))).toEqual(['withdrawn:done']);
  });
  it('published, then themed, then answered', () => {
    expect(states(mine({ state: 'published' }))).toEqual(['sent:done', 'wall:done', 'theme:now', 'answer:todo']);
    expect(states(mine({ state: 'themed', themeIds: ['t'] }))).toEqual(['sent:done', 'wall:done', 'theme:done', 'answer:now']);
    expect(states(mine({ state: 'answered', themeIds: ['t'], feedItemIds: ['f'] }))).toEqual([
      'sent:done',
      'wall:done',
      'theme:done',
      'answer:done',
    ]);
  });
  it('answered directly (cited without a theme) skips the theme step', () => {
    expect(states(mine({ state: 'answered', feedItemIds: ['f'] }))).toEqual(['sent:done', 'wall:done', 'answer:done']);
  });
  it('kept private: the journey stops there', () => {
    expect(states(mine({ state: 'kept-private', reason: 'safeguarding' }))).toEqual(['sent:done', 'wall:private']);
  });
  it('a poll suggestion goes into the poll and has no theme step', () => {
    expect(states(mine({ kind: 'poll-suggestion', state: 'published' }))).toEqual(['sent:done', 'poll:done', 'answer:todo']);
    expect(states(mine({ kind: 'poll-suggestion', state: 'answered', feedItemIds: ['f'] }))).toEqual([
      'sent:done',
      'poll:done',
      'answer:done',
    ]);
  });
  it('a name idea whose poll closed without choosing it says so, and a chosen one stays answered', () => {
    expect(states(mine({ kind: 'poll-suggestion', state: 'published' }), { pollClosed: true })).toEqual(['sent:done', 'poll:done', 'pollClosed:done']);
    expect(states(mine({ kind: 'poll-suggestion', state: 'answered', feedItemIds: ['f'] }), { pollClosed: true })).toEqual([
      'sent:done',
      'poll:done',
      'answer:done',
    ]);
    // Not yet checked by a person when the poll closed: still waiting to be checked, nothing more to say.
    expect(states(mine({ kind: 'poll-suggestion', state: 'delivered' }), { pollClosed: true })).toEqual(['sent:done', 'poll:now', 'pollClosed:done']);
  });
  it('sorts newest first', () => {
    const list = sortMine([mine({ id: 'old', createdAt: '2025-01-01T00:00:00Z' }), mine({ id: 'new', createdAt: '2025-05-01T00:00:00Z' })]);
    expect(list.map((m) => m.id)).toEqual(['new', 'old']);
  });
});

describe('poll results', () => {
  const poll: Poll = {
    id: 'p',
    term: 'contact',
    question: { en: 'What should we call contact?' },
    open: true,
    options: [
      { id: 'a', label: 'Family Time', votes: 3 },
      { id: 'b', label: 'Catch up', votes: 1 },
    ],
    adoptedOptionId: null,
  };
  it('are hidden until this device votes, or the poll closes', () => {
    expect(resultsVisible(poll, null)).toBe(false);
    expect(resultsVisible(poll, 'a')).toBe(true);
    expect(resultsVisible({ open: false }, null)).toBe(true);
  });
  it('count a vote still waiting to be sent, and mark mine and the adopted one', () => {
    const rows = pollResults({ ...poll, adoptedOptionId: 'a' }, 'b', true);
    expect(rows).toEqual([
      { id: 'a', label: 'Family Time', votes: 3, percent: 60, mine: false, adopted: true },
      { id: 'b', label: 'Catch up', votes: 2, percent: 40, mine: true, adopted: false },
    ]);
    expect(pollResults(poll, 'b', false)[1]?.votes).toBe(1);
  });
  it('show 0% when nobody voted', () => {
    expect(pollResults({ ...poll, options: [{ id: 'a', label: 'x', votes: 0 }] }, null, false)[0]?.percent).toBe(0);
  });
  it('list open polls first', () => {
    expect(sortPolls([{ ...poll, id: 'c', open: false }, poll]).map((p) => p.id)).toEqual(['p', 'c']);
  });
});

describe('dates', () => {
  it('formats a plain day without slipping a day in any time zone', () => {
    expect(formatDay('2025-03-07', 'en')).toBe('7 March 2025');
  });
  it('leaves text it cannot read as it is', () => {
    expect(formatDay('soon', 'en')).toBe('soon');
  });
});
