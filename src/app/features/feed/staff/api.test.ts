import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubServer } from '../../../api/test-server';
import { addPostsToTheme, feedLogUrl, listFeedItems, listThemes, listWallPosts, loadFeedLog, mergeTheme, removePostFromTheme } from './api';

describe('district log links', () => {
  it('asks for everything, whole-council items or one district, as JSON or CSV', () => {
    expect(feedLogUrl('', 'csv')).toBe('/api/v1/staff/feed/log?format=csv');
    expect(feedLogUrl('council', 'json')).toBe('/api/v1/staff/feed/log?format=json&district=council');
    expect(feedLogUrl('north & east', 'csv')).toBe('/api/v1/staff/feed/log?format=csv&district=north+%26+east');
  });
});

describe('feed staff calls', () => {
  afterEach(() => vi.unstubAllGlobals());
  const theme = { id: 't1', title: { en: 'Workers' }, createdAt: '2026-01-01', posts: 0, meToo: 0, byDistrict: [], byMonth: [], feedItemIds: [] };
  it('asks for themes, changes them, and reads the wall posts and prompts they cite', async () => {
    const asked = stubServer({ themes: [theme] });
    expect(await listThemes()).toEqual([theme]);
    const changed = stubServer(theme);
    await addPostsToTheme('t1', ['p1']);
    await removePostFromTheme('t1', 'p1');
    await mergeTheme('t1', 't2');
    const posts = stubServer({ posts: [], total: 0, page: 1, pageSize: 200, order: 'newest' });
    await listWallPosts('published');
    expect([...asked, ...changed, ...posts]).toEqual([
      'GET /api/v1/staff/themes',
      'POST /api/v1/staff/themes/t1/posts {"postIds":["p1"]}',
      'DELETE /api/v1/staff/themes/t1/posts/p1',
      'POST /api/v1/staff/themes/t1/merge {"fromThemeId":"t2"}',
      'GET /api/v1/staff/wall/posts?status=published',
    ]);
  });
  it('reads the log, and refuses a feed list that does not match the contract', async () => {
    const asked = stubServer({ rows: [] });
    expect(await loadFeedLog('d1')).toEqual([]);
    expect(asked).toEqual(['GET /api/v1/staff/feed/log?format=json&district=d1']);
    stubServer({ items: [{ id: 'x' }] });
    await expect(listFeedItems()).rejects.toMatchObject({ code: 'bad-answer' });
  });
});
