// One journey model for every kind of the young person's own words.
import { describe, expect, it } from 'vitest';
import type { MyItemRow } from '../../storage/rows';
import { journeyOf, journeySteps, sortMine } from './journey';

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
    expect(states(mine({ state: 'answered', themeIds: ['t'], feedItemIds: ['f'] }))).toEqual(['sent:done', 'wall:done', 'theme:done', 'answer:done']);
  });
  it('answered directly (cited without a theme) skips the theme step', () => {
    expect(states(mine({ state: 'answered', feedItemIds: ['f'] }))).toEqual(['sent:done', 'wall:done', 'answer:done']);
  });
  it('kept private: the journey stops there', () => {
    expect(states(mine({ state: 'kept-private', reason: 'safeguarding' }))).toEqual(['sent:done', 'wall:private']);
  });
  it('a poll suggestion goes into the poll and has no theme step', () => {
    expect(states(mine({ kind: 'poll-suggestion', state: 'published' }))).toEqual(['sent:done', 'poll:done', 'answer:todo']);
    expect(states(mine({ kind: 'poll-suggestion', state: 'answered', feedItemIds: ['f'] }))).toEqual(['sent:done', 'poll:done', 'answer:done']);
  });
  it('a name idea whose poll closed without choosing it says so, and a chosen one stays answered', () => {
    expect(states(mine({ kind: 'poll-suggestion', state: 'published' }), { pollClosed: true })).toEqual([
      'sent:done',
      'poll:done',
      'pollClosed:done',
    ]);
    expect(states(mine({ kind: 'poll-suggestion', state: 'answered', feedItemIds: ['f'] }), { pollClosed: true })).toEqual([
      'sent:done',
      'poll:done',
      'answer:done',
    ]);
    // Not yet checked by a person when the poll closed: still waiting to be checked, nothing more to say.
    expect(states(mine({ kind: 'poll-suggestion', state: 'delivered' }), { pollClosed: true })).toEqual(['sent:done', 'poll:now', 'pollClosed:done']);
  });
  it('a request has only the sent step here: its stage and reference are shown beside it', () => {
    expect(states(mine({ kind: 'request', delivery: 'not-sent', state: null }))).toEqual(['sent:now']);
    expect(states(mine({ kind: 'request', state: 'delivered' }))).toEqual(['sent:done']);
    // Words this phone doubted are never "kept private from the wall": a request never goes on the wall.
    expect(states(mine({ kind: 'request', state: 'delivered', flaggedOnDevice: true }))).toEqual(['sent:done']);
  });
  it('sorts newest first', () => {
    const list = sortMine([mine({ id: 'old', createdAt: '2025-01-01T00:00:00Z' }), mine({ id: 'new', createdAt: '2025-05-01T00:00:00Z' })]);
    expect(list.map((m) => m.id)).toEqual(['new', 'old']);
  });
});

describe('where a post has got to', () => {
  it('tells the journey of a post in a word', () => {
    expect(journeyOf({ delivery: 'not-sent', state: null })).toBe('not-sent');
    expect(journeyOf({ delivery: 'rejected', state: null })).toBe('couldnt-send');
    expect(journeyOf({ delivery: 'delivered', state: 'delivered' })).toBe('delivered');
    expect(journeyOf({ delivery: 'delivered', state: null })).toBe('delivered');
    expect(journeyOf({ delivery: 'delivered', state: 'answered' })).toBe('published');
    expect(journeyOf({ delivery: 'delivered', state: 'themed' })).toBe('published');
    expect(journeyOf({ delivery: 'delivered', state: 'kept-private' })).toBe('kept-private');
    expect(journeyOf({ delivery: 'delivered', state: 'delivered', flaggedOnDevice: true })).toBe('kept-private');
    expect(journeyOf({ delivery: 'delivered', state: 'published', flaggedOnDevice: true })).toBe('published');
    expect(journeyOf({ delivery: 'delivered', state: 'published', withdrawn: true })).toBe('withdrawn');
  });
});
