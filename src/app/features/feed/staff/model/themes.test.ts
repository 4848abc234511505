import { describe, expect, it } from 'vitest';
import type { PromptKind } from '../../../../../shared/wall';
import type { StaffWallPostView } from '../../../../../shared/wall-staff';
import { candidatePosts, mergeCandidates, monthLabel, monthsInOrder, sortThemes } from './themes';

const post = (id: string, over: Partial<StaffWallPostView> = {}): StaffWallPostView => ({
  id,
  text: `words ${id}`,
  publishedText: null,
  status: 'published',
  promptId: 'p-yes',
  promptText: 'Yes more…',
  districtName: null,
  meToo: 0,
  createdAt: '2026-01-01T00:00:00Z',
  decidedAt: null,
  flags: null,
  reason: null,
  check: { doubt: 'none', categories: [] },
  samePhone: null,
  ...over,
});
const kinds = new Map<string, PromptKind>([
  ['p-yes', 'yes-more'],
  ['p-no', 'no-more'],
]);

describe('posts to add to a theme', () => {
  it('merges published and waiting posts, newest first, with the prompt kind of each', () => {
    const published = [
      post('a', { publishedText: 'edited words', text: 'raw words' }),
      post('b', { promptId: 'p-no', createdAt: '2026-03-01T00:00:00Z' }),
    ];
    const pending = [post('c', { status: 'pending', promptId: 'p-unknown', createdAt: '2026-02-01T00:00:00Z' })];
    const out = candidatePosts([published, pending], kinds);
    expect(out.map((p) => [p.id, p.kind, p.status])).toEqual([
      ['b', 'no-more', 'published'],
      ['c', null, 'pending'],
      ['a', 'yes-more', 'published'],
    ]);
    expect(out[2]?.text).toBe('edited words');
  });
  it('leaves out posts already in the theme, repeats, and hidden or safeguarding posts', () => {
    const out = candidatePosts(
      [
        [post('a'), post('b'), post('s', { status: 'safeguarding' })],
        [post('b', { status: 'pending' }), post('h', { status: 'hidden' })],
      ],
      kinds,
      ['a'],
    );
    expect(out.map((p) => p.id)).toEqual(['b']);
  });
});

describe('theme lists', () => {
  const theme = (id: string, en: string, posts: number, meToo: number) => ({ id, title: { en }, posts, meToo });
  it('puts the most heard first, then by name', () => {
    expect(sortThemes([theme('1', 'B', 1, 0), theme('2', 'A', 1, 0), theme('3', 'C', 2, 5)]).map((t) => t.id)).toEqual(['3', '2', '1']);
  });
  it('offers every other theme to merge in', () => {
    expect(mergeCandidates([theme('1', 'Zebra', 0, 0), theme('2', 'Apple', 0, 0), theme('3', 'Me', 0, 0)], '3').map((t) => t.id)).toEqual(['2', '1']);
  });
  it('reads months in order and in the reader language', () => {
    expect(monthsInOrder([{ month: '2026-11' }, { month: '2025-12' }]).map((m) => m.month)).toEqual(['2025-12', '2026-11']);
    expect(monthLabel('2026-11', 'en')).toBe('November 2026');
    expect(monthLabel('2026-01', 'cy')).toMatch(/Ionawr/);
    expect(monthLabel('soon', 'en')).toBe('soon');
  });
});
