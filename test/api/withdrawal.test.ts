// Withdrawn words are withdrawn everywhere, on SQLite and PostgreSQL: a quoted post moved to safeguarding leaves every
// phone's wall and every quote, and the theme page shows "withdrawn"; "take this back" does the same (and erases the
// words unless a safeguarding record needs them), only for the phone that sent it, idempotently; "forget this phone"
// revokes the token.
import { beforeEach, expect, it } from 'vitest';
import type { FeedItem } from '../../src/shared/feed';
import type { FeedLogRow, StaffFeedItemView, StaffPollView, StaffThemeDetail, StaffThemeView } from '../../src/shared/feed-staff';
import type { MyItem } from '../../src/shared/my-items';
import type { Poll } from '../../src/shared/poll';
import type { SafeguardingItemView } from '../../src/shared/safeguarding';
import type { WallPost, WallPrompt } from '../../src/shared/wall';
import { describeOnDatabases, expectErrorBody, type ApiEnv, type Device } from '../fixtures/api-harness';

type Rows<T> = Array<T | { id: string; deleted: true }> | undefined;
const live = <T extends { id: string }>(rows: Rows<T>) => (rows ?? []).filter((r): r is T => !('deleted' in r));
const gone = <T extends { id: string }>(rows: Rows<T>) => (rows ?? []).filter((r) => 'deleted' in r).map((r) => r.id);

describeOnDatabases('withdrawing words', (harness) => {
  let env: ApiEnv;
  let council: Awaited<ReturnType<ApiEnv['createCouncil']>>;
  let young: Device;
  let other: Device;
  let staff: ReturnType<ApiEnv['staff']>;
  let promptId: string;

  const WORDS = 'No more changing social workers every term';

  /** A post from `young`, approved, in a theme, quoted in a published feed item. */
  async function quotedPost() {
    const op = env.op('wall.post', { promptId, text: WORDS });
    const [res] = await env.pushOk(young.token, [op]);
    const postId = res!.ref!;
    expect((await staff('POST', `/api/v1/staff/wall/posts/${postId}/decision`, { action: 'approve' })).statusCode).toBe(200);
    const theme = (await staff('POST', '/api/v1/staff/themes', { title: { en: 'Social workers' }, postIds: [postId] })).json() as StaffThemeView;
    const draft = await staff('POST', '/api/v1/staff/feed', {
      said: { en: 'You said your social worker changes too often.' },
      did: { en: 'We made smaller teams.' },
      status: 'in-progress',
      responsible: 'Head of Service',
      sources: [
        { kind: 'theme', id: theme.id },
        { kind: 'post', id: postId, quote: WORDS },
      ],
    });
    expect(draft.statusCode, draft.body).toBe(201);
    const itemId = (draft.json() as StaffFeedItemView).id;
    expect((await staff('POST', `/api/v1/staff/feed/${itemId}/publish`)).statusCode).toBe(200);
    return { opId: op.id, postId, themeId: theme.id, itemId };
  }

  async function expectWithdrawnEverywhere(p: { postId: string; themeId: string; itemId: string }, otherCursor: string) {
    // Every phone: the post leaves the wall, the quote leaves the item.
    const pulled = await env.pullOk(other.token, otherCursor);
    expect(gone<WallPost>(pulled.changes.wallPosts)).toContain(p.postId);
    const [item] = live<FeedItem>(pulled.changes.feedItems);
    expect(item?.id).toBe(p.itemId);
    expect(item!.sources).toContainEqual({ kind: 'post', id: p.postId, withdrawn: true });
    expect(JSON.stringify(pulled)).not.toContain(WORDS);
    // A phone pulling from scratch never sees the words either.
    const fresh = await env.registerDevice(council.joinCode);
    expect(JSON.stringify(await env.pullOk(fresh.token))).not.toContain(WORDS);
    // Staff screens outside the safeguarding queue: the theme page, the feed item (with its notice), the log and CSV.
    const theme = (await staff('GET', `/api/v1/staff/themes/${p.themeId}`)).json() as StaffThemeDetail;
    expect(JSON.stringify(theme)).not.toContain(WORDS);
    const staffItem = ((await staff('GET', '/api/v1/staff/feed')).json() as { items: StaffFeedItemView[] }).items.find((i) => i.id === p.itemId)!;
    expect(staffItem.sources).toContainEqual({ kind: 'post', id: p.postId, withdrawn: true });
    const log = (await staff('GET', '/api/v1/staff/feed/log')).json() as { rows: FeedLogRow[] };
    expect(log.rows[0]!.sources).toContain('post: (words withdrawn)');
    const csv = await staff('GET', '/api/v1/staff/feed/log?format=csv');
    expect(csv.body).not.toContain(WORDS);
    expect(JSON.stringify((await staff('GET', '/api/v1/staff/wall/posts?status=published')).json())).not.toContain(WORDS);
    return theme;
  }

  beforeEach(async () => {
    env = harness();
    council = await env.createCouncil({ name: 'Withdrawshire' });
    young = await env.registerDevice(council.joinCode);
    other = await env.registerDevice(council.joinCode);
    const member = await env.createStaff(council.id, { roles: ['participation'] });
    staff = env.staff(await env.signInStaff(member.email, member.password));
    promptId = ((await staff('POST', '/api/v1/staff/wall/prompts', { kind: 'no-more', text: { en: 'No more…' } })).json() as WallPrompt).id;
  });

  it('a quoted post moved to safeguarding disappears from every phone, every quote and the theme page; the queue keeps it', async () => {
    const p = await quotedPost();
    const otherStart = await env.pullOk(other.token);
    expect(JSON.stringify(otherStart)).toContain(WORDS);

    const moved = await staff('POST', `/api/v1/staff/wall/posts/${p.postId}/decision`, {
      action: 'safeguarding',
      reason: 'Reads as if a worker is threatening them.',
    });
    expect(moved.statusCode, moved.body).toBe(200);

    const theme = await expectWithdrawnEverywhere(p, otherStart.cursor);
    expect(theme.postList).toEqual([expect.objectContaining({ id: p.postId, status: 'withdrawn', text: '', publishedText: null })]);

    // Only the audited queue shows the words now.
    const queue = (await staff('GET', '/api/v1/staff/safeguarding')).json() as { items: SafeguardingItemView[] };
    expect(queue.items).toEqual([expect.objectContaining({ id: p.postId, text: WORDS })]);
    // Audited once, without the words.
    const log = await env.db.selectFrom('audit_log').select(['action', 'detail']).where('action', '=', 'wall.post.withdraw').execute();
    expect(log).toHaveLength(1);
    expect(JSON.parse(log[0]!.detail)).toMatchObject({ cause: 'safeguarding', quotesWithdrawn: 1, feedItemIds: [p.itemId] });
    expect(JSON.stringify(log)).not.toContain(WORDS);
  });

  it('a draft that quoted withdrawn words keeps them withdrawn when it is saved again, and cannot bring the quote back', async () => {
    const op = env.op('wall.post', { promptId, text: WORDS });
    const postId = (await env.pushOk(young.token, [op]))[0]!.ref!;
    await staff('POST', `/api/v1/staff/wall/posts/${postId}/decision`, { action: 'approve' });
    const draft = (
      await staff('POST', '/api/v1/staff/feed', {
        said: { en: 'You said.' },
        did: { en: 'We did.' },
        status: 'planned',
        responsible: 'Head of Service',
        sources: [{ kind: 'post', id: postId, quote: WORDS }],
      })
    ).json() as StaffFeedItemView;
    await staff('POST', `/api/v1/staff/wall/posts/${postId}/decision`, { action: 'safeguarding', reason: 'Harm.' });
    const saved = await staff('PATCH', `/api/v1/staff/feed/${draft.id}`, { sources: [{ kind: 'post', id: postId, quote: WORDS }] });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((saved.json() as StaffFeedItemView).sources).toEqual([{ kind: 'post', id: postId, withdrawn: true }]);
    expect(saved.body).not.toContain(WORDS);
  });

  it('take-back removes a post from the wall, the quotes, the theme and staff lists, erases its words, and is idempotent', async () => {
    const p = await quotedPost();
    const otherStart = await env.pullOk(other.token);
    const youngStart = await env.pullOk(young.token);

    const back = env.op('item.withdraw', { itemId: p.opId });
    expect(await env.pushOk(young.token, [back])).toEqual([expect.objectContaining({ status: 'accepted' })]);

    const theme = await expectWithdrawnEverywhere(p, otherStart.cursor);
    // Taken back: it no longer counts in the theme at all.
    expect(theme.postList).toEqual([]);
    expect(theme.posts).toBe(0);
    const row = await env.db
      .selectFrom('wall_posts')
      .select(['text', 'published_text', 'status'])
      .where('id', '=', p.postId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ text: '', published_text: null, status: 'withdrawn' });
    for (const status of ['pending', 'published', 'hidden'] as const) {
      expect(JSON.stringify((await staff('GET', `/api/v1/staff/wall/posts?status=${status}`)).json())).not.toContain(p.postId);
    }
    // The phone that sent it hears that it was taken back.
    const mine = live<MyItem>((await env.pullOk(young.token, youngStart.cursor)).changes.myItems);
    expect(mine).toEqual([expect.objectContaining({ id: p.opId, withdrawn: true, themeIds: [], feedItemIds: [] })]);

    // A second take-back (another op) is accepted and changes nothing; the same op again is a duplicate.
    const before = await env.db
      .selectFrom('change_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(await env.pushOk(young.token, [env.op('item.withdraw', { itemId: p.opId })])).toEqual([expect.objectContaining({ status: 'accepted' })]);
    expect(await env.pushOk(young.token, [back])).toEqual([expect.objectContaining({ status: 'duplicate' })]);
    const after = await env.db
      .selectFrom('change_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    // Staff cannot approve it again.
    expectErrorBody(await staff('POST', `/api/v1/staff/wall/posts/${p.postId}/decision`, { action: 'approve' }), 409, 'withdrawn');
  });

  it('take-back of a post in the safeguarding queue keeps the record (and its words) for staff, and leaves every other list', async () => {
    const op = env.op('wall.post', { promptId, text: 'my carer hits me' });
    const postId = (await env.pushOk(young.token, [op]))[0]!.ref!;
    expect(await env.pushOk(young.token, [env.op('item.withdraw', { itemId: op.id })])).toEqual([expect.objectContaining({ status: 'accepted' })]);
    const queue = (await staff('GET', '/api/v1/staff/safeguarding')).json() as { items: SafeguardingItemView[] };
    // The person acting on it is told the young person took it back.
    expect(queue.items).toEqual([expect.objectContaining({ id: postId, text: 'my carer hits me', takenBackAt: env.now().toISOString() })]);
    const mine = live<MyItem>((await env.pullOk(young.token)).changes.myItems);
    expect(mine).toEqual([expect.objectContaining({ id: op.id, state: 'kept-private', reason: 'safeguarding', withdrawn: true })]);
  });

  it("refuses to take back another phone's post, or one that does not exist, with the same answer, and changes nothing", async () => {
    const p = await quotedPost();
    const counts = await env.counts('wall_posts', 'change_log', 'audit_log');
    const stranger = await env.pushOk(other.token, [env.op('item.withdraw', { itemId: p.opId })]);
    const nobody = await env.pushOk(other.token, [env.op('item.withdraw', { itemId: '00000000-0000-4000-8000-000000000000' })]);
    expect(stranger).toEqual([expect.objectContaining({ status: 'rejected', code: 'not-found' })]);
    expect(nobody).toEqual([expect.objectContaining({ status: 'rejected', code: 'not-found', message: stranger[0]!.message })]);
    // The row id is not the phone's id for it either.
    expect(await env.pushOk(young.token, [env.op('item.withdraw', { itemId: p.postId })])).toEqual([
      expect.objectContaining({ status: 'rejected', code: 'not-found' }),
    ]);
    const bad = await env.pushOk(young.token, [env.op('item.withdraw', { itemId: 'not-an-id' })]);
    expect(bad).toEqual([expect.objectContaining({ status: 'rejected', code: 'invalid-payload' })]);
    expect(await env.counts('wall_posts', 'change_log', 'audit_log')).toEqual(counts);
    const pulled = await env.pullOk(other.token);
    expect(live<WallPost>(pulled.changes.wallPosts).map((w) => w.id)).toContain(p.postId);
  });

  it('take-back of a name idea takes it out of the poll on every phone and out of the staff list', async () => {
    const poll = (
      await staff('POST', '/api/v1/staff/polls', {
        term: 'contact',
        question: { en: 'What should we call contact?' },
        options: ['Family Time', 'Contact'],
      })
    ).json() as StaffPollView;
    const idea = env.op('poll.suggest', { pollId: poll.id, label: 'Home Time' });
    const optionId = (await env.pushOk(young.token, [idea]))[0]!.ref!;
    expect((await staff('POST', `/api/v1/staff/polls/${poll.id}/options/${optionId}/decision`, { action: 'approve' })).statusCode).toBe(200);
    const start = await env.pullOk(other.token);
    expect(JSON.stringify(start)).toContain('Home Time');

    expect(await env.pushOk(young.token, [env.op('item.withdraw', { itemId: idea.id })])).toEqual([expect.objectContaining({ status: 'accepted' })]);
    const pulled = await env.pullOk(other.token, start.cursor);
    const [p] = live<Poll>(pulled.changes.polls);
    expect(p!.options.map((o) => o.label)).toEqual(['Family Time', 'Contact']);
    const views = (await staff('GET', '/api/v1/staff/polls')).json() as { polls: StaffPollView[] };
    expect(JSON.stringify(views)).not.toContain('Home Time');
  });

  it('forget this phone: the token stops working at once, and a bad token is refused the same way', async () => {
    const res = await env.app.inject({ method: 'DELETE', url: '/api/v1/devices/me', headers: { authorization: young.authorization } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ forgotten: true });
    expectErrorBody(await env.pull(young.token), 401);
    expectErrorBody(await env.push(young.token, [env.op('wall.post', { promptId, text: 'hello' })]), 401);
    const again = await env.app.inject({ method: 'DELETE', url: '/api/v1/devices/me', headers: { authorization: young.authorization } });
    expectErrorBody(again, 401);
    // Another phone is untouched.
    expect((await env.pull(other.token)).statusCode).toBe(200);
    const row = await env.db.selectFrom('devices').select(['revoked_at']).where('id', '=', young.deviceId).executeTakeFirstOrThrow();
    expect(row.revoked_at).toBe(env.now().toISOString());
  });
});
