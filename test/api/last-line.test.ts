// The last line holds, on SQLite and PostgreSQL: a published post hidden later is withdrawn from every quote like one
// moved to safeguarding; words the check has doubts about are kept for a person when taken back or when a flood is
// hidden; a name idea the check doubts reaches phones only after a person confirms; a taken-back idea cannot be
// approved; only approved posts can be quoted.
import { beforeEach, expect, it } from 'vitest';
import type { FeedItem } from '../../src/shared/feed';
import type { StaffFeedItemView, StaffPollView } from '../../src/shared/feed-staff';
import type { SafeguardingItemView } from '../../src/shared/safeguarding';
import type { WallPost, WallPrompt } from '../../src/shared/wall';
import { describeOnDatabases, expectErrorBody, type ApiEnv, type Device } from '../fixtures/api-harness';

type Rows<T> = Array<T | { id: string; deleted: true }> | undefined;
const live = <T extends { id: string }>(rows: Rows<T>) => (rows ?? []).filter((r): r is T => !('deleted' in r));
const gone = <T extends { id: string }>(rows: Rows<T>) => (rows ?? []).filter((r) => 'deleted' in r).map((r) => r.id);

describeOnDatabases('the last line', (harness) => {
  let env: ApiEnv;
  let council: Awaited<ReturnType<ApiEnv['createCouncil']>>;
  let young: Device;
  let other: Device;
  let staff: ReturnType<ApiEnv['staff']>;
  let promptId: string;

  const post = async (device: Device, text: string) => (await env.pushOk(device.token, [env.op('wall.post', { promptId, text })]))[0]!.ref!;
  const statusOf = async (id: string) =>
    env.db.selectFrom('wall_posts').select(['status', 'text', 'withdrawn_at']).where('id', '=', id).executeTakeFirstOrThrow();

  beforeEach(async () => {
    env = harness();
    council = await env.createCouncil({ name: 'Lastlineshire' });
    young = await env.registerDevice(council.joinCode);
    other = await env.registerDevice(council.joinCode);
    const member = await env.createStaff(council.id, { roles: ['participation', 'moderator'] });
    staff = env.staff(await env.signInStaff(member.email, member.password));
    promptId = ((await staff('POST', '/api/v1/staff/wall/prompts', { kind: 'no-more', text: { en: 'No more…' } })).json() as WallPrompt).id;
  });

  it('a published, quoted post hidden later (personal details) leaves every phone and every quote', async () => {
    const words = 'No more moving schools, says Jordan from Oakfield';
    const postId = await post(young, words);
    expect((await staff('POST', `/api/v1/staff/wall/posts/${postId}/decision`, { action: 'approve', confirmNoDetails: true })).statusCode).toBe(200);
    const draft = (
      await staff('POST', '/api/v1/staff/feed', {
        said: { en: 'You said you move schools too often.' },
        did: { en: 'We keep children in their school where we can.' },
        status: 'in-progress',
        responsible: 'Virtual School Head',
        sources: [{ kind: 'post', id: postId, quote: words }],
      })
    ).json() as StaffFeedItemView;
    expect((await staff('POST', `/api/v1/staff/feed/${draft.id}/publish`)).statusCode).toBe(200);
    const start = await env.pullOk(other.token);
    expect(JSON.stringify(start)).toContain(words);

    const hidden = await staff('POST', `/api/v1/staff/wall/posts/${postId}/decision`, {
      action: 'hide',
      reason: 'Names a child and a school.',
      category: 'personal-details',
    });
    expect(hidden.statusCode, hidden.body).toBe(200);
    const pulled = await env.pullOk(other.token, start.cursor);
    expect(gone<WallPost>(pulled.changes.wallPosts)).toContain(postId);
    expect(live<FeedItem>(pulled.changes.feedItems)[0]!.sources).toContainEqual({ kind: 'post', id: postId, withdrawn: true });
    expect(JSON.stringify(pulled)).not.toContain(words);
    const fresh = await env.registerDevice(council.joinCode);
    expect(JSON.stringify(await env.pullOk(fresh.token))).not.toContain(words);
  });

  it('only a post a moderator approved can be quoted', async () => {
    const postId = await post(young, 'No more late buses home');
    const draft = await staff('POST', '/api/v1/staff/feed', {
      said: { en: 'You said.' },
      did: { en: 'We did.' },
      status: 'planned',
      responsible: 'Transport',
      sources: [{ kind: 'post', id: postId, quote: 'No more late buses home' }],
    });
    expectErrorBody(draft, 400, 'invalid-input');
  });

  it('taking back words the check has doubts about keeps them for a person, in the safeguarding queue', async () => {
    const op = env.op('wall.post', { promptId, text: 'nobody cares about me here' });
    const postId = (await env.pushOk(young.token, [op]))[0]!.ref!;
    expect((await statusOf(postId)).status).toBe('pending');
    expect(await env.pushOk(young.token, [env.op('item.withdraw', { itemId: op.id })])).toEqual([expect.objectContaining({ status: 'accepted' })]);
    const row = await statusOf(postId);
    expect(row).toEqual({ status: 'safeguarding', text: 'nobody cares about me here', withdrawn_at: expect.any(String) });
    const queue = (await staff('GET', '/api/v1/staff/safeguarding')).json() as { items: SafeguardingItemView[] };
    expect(queue.items).toEqual([expect.objectContaining({ id: postId, text: 'nobody cares about me here' })]);
    // An ordinary post taken back is erased, as before.
    const plain = env.op('wall.post', { promptId, text: 'No more cold chips' });
    const plainId = (await env.pushOk(young.token, [plain]))[0]!.ref!;
    await env.pushOk(young.token, [env.op('item.withdraw', { itemId: plain.id })]);
    expect(await statusOf(plainId)).toEqual({ status: 'withdrawn', text: '', withdrawn_at: expect.any(String) });
  });

  it('hiding everything waiting from one phone leaves the posts the check has doubts about for a person to read', async () => {
    const ordinary = [await post(young, 'No more cold chips'), await post(young, 'No more early bedtimes')];
    const doubtful = await post(young, 'nobody cares about me here');
    const res = await staff('POST', `/api/v1/staff/wall/posts/${ordinary[0]}/hide-phone`, {});
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ hidden: 2 });
    for (const id of ordinary) expect((await statusOf(id)).status).toBe('hidden');
    expect((await statusOf(doubtful)).status).toBe('pending');
  });

  it('a name idea the check has doubts about reaches phones only when a person confirms; a taken-back idea cannot be approved', async () => {
    const poll = (
      await staff('POST', '/api/v1/staff/polls', {
        term: 'contact',
        question: { en: 'What should we call contact?' },
        options: ['Family Time', 'Contact'],
      })
    ).json() as StaffPollView;
    const doubtful = env.op('poll.suggest', { pollId: poll.id, label: 'nobody cares' });
    const ordinary = env.op('poll.suggest', { pollId: poll.id, label: 'Together Time' });
    const [d, o] = await env.pushOk(young.token, [doubtful, ordinary]);
    expect([d, o]).toEqual([expect.objectContaining({ status: 'accepted' }), expect.objectContaining({ status: 'accepted' })]);
    const url = (id: string) => `/api/v1/staff/polls/${poll.id}/options/${id}/decision`;

    const before = await env.counts('poll_options', 'change_log');
    expectErrorBody(await staff('POST', url(d!.ref!), { action: 'approve' }), 409, 'confirm-doubt');
    expect(await env.counts('poll_options', 'change_log')).toEqual(before);
    const confirmed = await staff('POST', url(d!.ref!), { action: 'approve', confirmDoubt: true });
    expect(confirmed.statusCode, confirmed.body).toBe(200);

    await env.pushOk(young.token, [env.op('item.withdraw', { itemId: ordinary.id })]);
    expectErrorBody(await staff('POST', url(o!.ref!), { action: 'approve' }), 409, 'withdrawn');
  });
});
