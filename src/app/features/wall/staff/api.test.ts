// The wall's staff calls against a stubbed server: what they ask for, and answers checked against the contract.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubServer } from '../../../api/test-server';
import { createPrompt, decidePost, hideWaitingFromPhone, listPosts, listPrompts, setPromptOpen } from './api';

afterEach(() => vi.unstubAllGlobals());
const prompt = { id: 'p1', kind: 'no-more', text: { en: 'No more…' }, districtId: null, open: true, sortOrder: 1 };

describe('wall staff api', () => {
  it('reads and changes prompts', async () => {
    const asked = stubServer({ prompts: [prompt] });
    expect(await listPrompts()).toEqual([prompt]);
    stubServer(prompt);
    await createPrompt({ kind: 'no-more', text: { en: 'No more…' }, districtId: null, open: true });
    const changed = stubServer(prompt);
    await setPromptOpen('p1', false);
    expect([...asked, ...changed]).toEqual(['GET /api/v1/staff/wall/prompts', 'PATCH /api/v1/staff/wall/prompts/p1 {"open":false}']);
  });
  it('asks for a page of posts and sends decisions', async () => {
    const asked = stubServer({ posts: [], total: 0, page: 3, pageSize: 50, order: 'newest' });
    await listPosts({ status: 'pending', order: 'newest', page: 3 });
    expect(asked).toEqual(['GET /api/v1/staff/wall/posts?status=pending&order=newest&page=3&pageSize=50']);
    const decided = stubServer({ id: 'a b', status: 'safeguarding' });
    expect(await decidePost('a b', { action: 'safeguarding' })).toEqual({ id: 'a b', status: 'safeguarding' });
    expect(decided).toEqual(['POST /api/v1/staff/wall/posts/a%20b/decision {"action":"safeguarding"}']);
    const hidden = stubServer({ hidden: 11 });
    expect(await hideWaitingFromPhone('x')).toEqual({ hidden: 11 });
    expect(hidden).toEqual(['POST /api/v1/staff/wall/posts/x/hide-phone {}']);
  });
  it('refuses a page that does not match the contract', async () => {
    stubServer({ posts: [{ id: 1 }], total: 1, page: 1, pageSize: 50, order: 'oldest' });
    await expect(listPosts({ status: 'pending', order: 'oldest', page: 1 })).rejects.toMatchObject({ code: 'bad-answer' });
  });
});
