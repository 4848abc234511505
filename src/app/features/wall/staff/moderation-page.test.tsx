// The moderation queue screen: paged (oldest or newest first, with the total), "this may be about harm" in one tap,
// approving a post the safety check doubts needs a confirmation first, and a flood from one phone is marked (never
// naming the phone) and can be hidden in one go after a confirmation.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import enStaff from '../../../../../locales/en/staff.json';
import type { StaffWallPostPage, StaffWallPostView } from '../../../../shared/wall-staff';
import { StaffApiError } from '../../../api/request';
import { initTestI18n } from '../../../i18n/test-i18n';
import { decidePost, hideWaitingFromPhone, listPosts } from './api';
import { ModerationPage } from './moderation-page';

vi.mock('./api', () => ({ listPosts: vi.fn(), decidePost: vi.fn(), hideWaitingFromPhone: vi.fn() }));
const post = (id: string, over: Partial<StaffWallPostView> = {}): StaffWallPostView => ({
  id,
  text: `No more ${id}`,
  publishedText: null,
  status: 'pending',
  promptId: 'p',
  promptText: 'No more…',
  districtName: null,
  meToo: 0,
  createdAt: '2026-11-02T10:00:00.000Z',
  decidedAt: null,
  flags: { disclosure: false, personalDetails: [] },
  reason: null,
  check: { doubt: 'none', categories: [] },
  samePhone: null,
  ...over,
});
const page = (posts: StaffWallPostView[], over: Partial<StaffWallPostPage> = {}): StaffWallPostPage => ({
  posts,
  total: posts.length,
  page: 1,
  pageSize: 50,
  order: 'oldest',
  ...over,
});

type Query = Parameters<typeof listPosts>[0];
type Change = { kind: 'decision'; postId: string; body: unknown } | { kind: 'hide-phone'; postId: string };

/** Answers page reads with `list(query)` and changes with `answer(change)`; records every read and change. */
function stubServer(list: (query: Query) => StaffWallPostPage, answer: (change: Change) => unknown = () => ({ id: 'x', status: 'published' })) {
  const reads: Query[] = [];
  const changes: Change[] = [];
  vi.mocked(listPosts).mockImplementation(async (query) => (reads.push(query), list(query)));
  const run = async (change: Change) => {
    changes.push(change);
    const result = answer(change);
    if (result instanceof Error) throw result;
    return result;
  };
  vi.mocked(decidePost).mockImplementation((postId, body) => run({ kind: 'decision', postId, body }) as ReturnType<typeof decidePost>);
  vi.mocked(hideWaitingFromPhone).mockImplementation((postId) => run({ kind: 'hide-phone', postId }) as ReturnType<typeof hideWaitingFromPhone>);
  return { reads, changes };
}
const card = (text: string) => screen.getByText(text).closest('li') as HTMLElement;

beforeAll(() => initTestI18n({ en: { staff: enStaff } }, 'staff'));
afterEach(() => {
  cleanup();
  vi.resetAllMocks();
});

describe('moderation queue screen', () => {
  it('pages the queue with its total, oldest or newest first', async () => {
    const calls = stubServer((query) => {
      const p = query.page;
      const newest = query.order === 'newest';
      const first = newest ? post('genuine', { createdAt: '2026-11-02T12:00:00.000Z' }) : post(`flood-${p}`);
      return page([first], { total: 120, page: p, order: newest ? 'newest' : 'oldest' });
    });
    render(<ModerationPage onError={() => undefined} />);
    expect(await screen.findByText('No more flood-1')).toBeTruthy();
    expect(screen.getByText('120 posts waiting')).toBeTruthy();
    expect(screen.getByText('Page 1 of 3')).toBeTruthy();
    const pager = screen.getByRole('navigation', { name: enStaff.moderation.pages });

    fireEvent.click(within(pager).getByRole('button', { name: enStaff.pager.last }));
    expect(await screen.findByText('No more flood-3')).toBeTruthy();
    fireEvent.click(within(pager).getByRole('button', { name: enStaff.pager.previous }));
    expect(await screen.findByText('No more flood-2')).toBeTruthy();

    // Newest first starts again at page 1: the post sent after the flood is the first one.
    fireEvent.change(screen.getByLabelText(enStaff.moderation.order), { target: { value: 'newest' } });
    expect(await screen.findByText('No more genuine')).toBeTruthy();
    expect(calls.reads).toEqual([
      { status: 'pending', order: 'oldest', page: 1, pageSize: 50 },
      { status: 'pending', order: 'oldest', page: 3, pageSize: 50 },
      { status: 'pending', order: 'oldest', page: 2, pageSize: 50 },
      { status: 'pending', order: 'newest', page: 1, pageSize: 50 },
    ]);
  });

  it('steps back a page when the last post on the last page is decided', async () => {
    let decided = false;
    const calls = stubServer(
      (query) => {
        const p = query.page;
        if (p === 2) return page(decided ? [] : [post('last')], { total: decided ? 50 : 51, page: 2 });
        return page([post('first')], { total: decided ? 50 : 51, page: 1 });
      },
      () => ((decided = true), { id: 'last', status: 'published' }),
    );
    render(<ModerationPage onError={() => undefined} />);
    await screen.findByText('No more first');
    fireEvent.click(screen.getByRole('button', { name: enStaff.pager.next }));
    fireEvent.click(
      await within(await screen.findByText('No more last').then((el) => el.closest('li') as HTMLElement)).findByRole('button', {
        name: enStaff.moderation.approve,
      }),
    );
    expect(await screen.findByText('No more first')).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: enStaff.moderation.pages })).toBeNull();
    expect(calls.reads.map((q) => q.page)).toEqual([1, 2, 2, 1]);
  });

  it('moves a post to safeguarding in one tap, and asks before approving a post the check has doubts about', async () => {
    const doubtful = post('doubt', { text: 'he comes into my room at night', check: { doubt: 'possible', categories: ['sexual-harm'] } });
    const calls = stubServer(() => page([post('plain'), doubtful]));
    render(<ModerationPage onError={() => undefined} />);
    await screen.findByText('No more plain');

    // One tap: no reason asked for.
    fireEvent.click(within(card('No more plain')).getByRole('button', { name: enStaff.moderation.safeguarding }));
    expect(await screen.findByText(enStaff.moderation.movedToSafeguarding)).toBeTruthy();
    expect(calls.changes).toEqual([{ kind: 'decision', postId: 'plain', body: { action: 'safeguarding' } }]);

    // The doubt shows on the card; Approve asks first and sends nothing until confirmed.
    const doubtCard = card('he comes into my room at night');
    expect(within(doubtCard).getByText(new RegExp(enStaff.moderation.possibleFlag.slice(0, 30)))).toBeTruthy();
    fireEvent.click(within(doubtCard).getByRole('button', { name: enStaff.moderation.approve }));
    expect(within(doubtCard).getByText(enStaff.moderation.confirmDoubt)).toBeTruthy();
    expect(calls.changes).toHaveLength(1);
    // Cancel goes back without sending; confirming approves with the confirmation.
    fireEvent.click(within(doubtCard).getByRole('button', { name: enStaff.cancel }));
    fireEvent.click(within(doubtCard).getByRole('button', { name: enStaff.moderation.approve }));
    fireEvent.click(within(doubtCard).getByRole('button', { name: enStaff.moderation.confirmDoubtApprove }));
    await vi.waitFor(() => expect(calls.changes).toHaveLength(2));
    expect(calls.changes[1]).toEqual({ kind: 'decision', postId: 'doubt', body: { action: 'approve', confirmNoDetails: false, confirmDoubt: true } });
  });

  it('asks to confirm when the server finds doubt the list did not show', async () => {
    let answered = 0;
    const calls = stubServer(
      () => page([post('edit-me')]),
      () =>
        answered++ === 0
          ? new StaffApiError(409, 'confirm-doubt', 'The safety check has doubts about this post.')
          : { id: 'edit-me', status: 'published' },
    );
    render(<ModerationPage onError={() => undefined} />);
    const c = await screen.findByText('No more edit-me').then((el) => el.closest('li') as HTMLElement);
    fireEvent.click(within(c).getByRole('button', { name: enStaff.moderation.edit }));
    fireEvent.change(within(c).getByLabelText(enStaff.moderation.editLabel), { target: { value: 'he hits me' } });
    fireEvent.click(within(c).getByRole('button', { name: enStaff.moderation.approveEdited }));
    expect(await within(c).findByText(enStaff.moderation.confirmDoubt)).toBeTruthy();
    fireEvent.click(within(c).getByRole('button', { name: enStaff.moderation.confirmDoubtApprove }));
    await vi.waitFor(() => expect(calls.changes).toHaveLength(2));
    expect(calls.changes.map((c) => (c.kind === 'decision' ? c.body : null))).toEqual([
      { action: 'approve', text: 'he hits me', confirmNoDetails: true },
      { action: 'approve', text: 'he hits me', confirmNoDetails: true, confirmDoubt: true },
    ]);
  });

  it('marks a flood from one phone and hides what it still has waiting in one go, after a confirmation', async () => {
    let hidden = false;
    const flood = post('flood', { samePhone: { withinHour: 12, waiting: 11 } });
    const calls = stubServer(
      () => (hidden ? page([post('genuine')]) : page([flood, post('genuine')])),
      (change) => {
        expect(change).toEqual({ kind: 'hide-phone', postId: 'flood' });
        hidden = true;
        return { hidden: 11 };
      },
    );
    render(<ModerationPage onError={() => undefined} />);
    await screen.findByText('No more flood');
    const floodCard = card('No more flood');
    expect(within(floodCard).getByText(/12 posts from the same phone within an hour of this one\./)).toBeTruthy();
    expect(card('No more genuine').textContent).not.toMatch(/same phone/);

    fireEvent.click(within(floodCard).getByRole('button', { name: 'Hide all 11 waiting posts from this phone' }));
    expect((await screen.findByRole('dialog')).textContent).toMatch(
      /Hide 11 waiting posts from this phone\? Its posts in the safeguarding queue stay there/,
    );
    expect(calls.changes).toEqual([]);
    fireEvent.click(within(floodCard).getByRole('button', { name: 'Yes, hide 11 posts' }));
    expect(await screen.findByText('Hidden: 11 posts from that phone.')).toBeTruthy();
    await vi.waitFor(() => expect(screen.queryByText('No more flood')).toBeNull());
    expect(calls.changes).toEqual([{ kind: 'hide-phone', postId: 'flood' }]);
  });
  it('says politely what happened after approve and hide, and moves focus to the next post', async () => {
    const decided = new Set<string>();
    stubServer(
      () => page([post('one'), post('two'), post('three')].filter((p) => !decided.has(p.id))),
      (change) => {
        if (change.kind === 'decision') decided.add(change.postId);
        return { id: change.postId, status: 'published' };
      },
    );
    render(<ModerationPage onError={() => undefined} />);
    await screen.findByText('No more one');
    const status = screen.getByRole('status');

    fireEvent.click(within(card('No more one')).getByRole('button', { name: enStaff.moderation.approve }));
    await vi.waitFor(() => expect(screen.queryByText('No more one')).toBeNull());
    expect(status.textContent).toBe(enStaff.moderation.done.approve);
    await vi.waitFor(() => expect(document.activeElement).toBe(card('No more two')));

    // Hiding takes the words out of every theme and quote, so it asks first; "Cancel" sends nothing.
    const two = card('No more two');
    fireEvent.click(within(two).getByRole('button', { name: enStaff.moderation.hide }));
    fireEvent.change(within(two).getByLabelText(enStaff.moderation.reason), { target: { value: 'Not about care' } });
    fireEvent.click(within(two).getByRole('button', { name: enStaff.moderation.confirmHide }));
    let ask = await screen.findByRole('dialog', { name: enStaff.confirm.hidePost.title });
    expect(ask.textContent).toContain(enStaff.confirm.cannotUndo);
    fireEvent.click(within(ask).getByRole('button', { name: enStaff.cancel }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(decided.has('two')).toBe(false);

    fireEvent.click(within(two).getByRole('button', { name: enStaff.moderation.confirmHide }));
    ask = await screen.findByRole('dialog', { name: enStaff.confirm.hidePost.title });
    fireEvent.click(within(ask).getByRole('button', { name: enStaff.moderation.confirmHide }));
    await vi.waitFor(() => expect(screen.queryByText('No more two')).toBeNull());
    expect(status.textContent).toBe(enStaff.moderation.done.hide);
    await vi.waitFor(() => expect(document.activeElement).toBe(card('No more three')));
  });
});
