// "You said, we did" through the real API on SQLite and PostgreSQL: a post becomes part of a theme, a published feed
// item answers it on the phone that sent it (and on no other), history is never rewritten, reactions count once per
// phone, polls take one vote per phone even under 50 concurrent pushes, and councils never see each other's feed.
import { beforeEach, expect, it } from 'vitest';
import type { FeedItem, Theme } from '../../src/shared/feed';
import type { StaffFeedItemView, StaffPollView, StaffThemeView } from '../../src/shared/feed-staff';
import type { MyItem } from '../../src/shared/my-items';
import type { Poll } from '../../src/shared/poll';
import type { WallPrompt } from '../../src/shared/wall';
import type { CouncilPublic } from '../../src/shared/council';
import { describeOnDatabases, expectErrorBody, type ApiEnv, type Device } from '../fixtures/api-harness';

describeOnDatabases('feed', (harness) => {
  let env: ApiEnv;
  let council: Awaited<ReturnType<ApiEnv['createCouncil']>>;
  let young: Device;
  let other: Device;
  let staff: ReturnType<ApiEnv['staff']>;
  let promptId: string;

  const live = <T extends { id: string }>(rows: Array<T | { id: string; deleted: true }> | undefined) =>
    (rows ?? []).filter((r): r is T => !('deleted' in r));

  const item = (themeId: string, extra: Record<string, unknown> = {}) => ({
    said: { en: 'You said your social worker changes too often.' },
    did: { en: 'We set up new teams so you keep the same worker.' },
    status: 'in-progress',
    responsible: 'Head of Service',
    sources: [{ kind: 'theme', id: themeId }],
    ...extra,
  });

  /** Pushes one op from `young` (or `from`) and returns the id of the row it made (staff use it; the phone's item keeps the op id). */
  async function made(op: ReturnType<ApiEnv['op']>, from: Device = young): Promise<string> {
    const [result] = await env.pushOk(from.token, [op]);
    expect(result?.status).toBe('accepted');
    expect(result?.ref).toBeTruthy();
    return result?.ref ?? '';
  }

  /** A post from `young`, approved, in a new theme. `opId` is what the phone's own item is keyed by. */
  async function themedPost(text = 'No more changing social workers') {
    const op = env.op('wall.post', { promptId, text });
    const postId = await made(op);
    expect((await staff('POST', `/api/v1/staff/wall/posts/${postId}/decision`, { action: 'approve' })).statusCode).toBe(200);
    const res = await staff('POST', '/api/v1/staff/themes', { title: { en: 'Too many changes of social worker' }, postIds: [postId] });
    expect(res.statusCode, res.body).toBe(201);
    return { postId, opId: op.id, theme: res.json() as StaffThemeView };
  }

  beforeEach(async () => {
    env = harness();
    council = await env.createCouncil({ name: 'Feedshire', districts: ['Havant', 'Eastleigh'] });
    young = await env.registerDevice(council.joinCode);
    other = await env.registerDevice(council.joinCode);
    const member = await env.createStaff(council.id, { roles: ['participation'] });
    staff = env.staff(await env.signInStaff(member.email, member.password));
    const res = await staff('POST', '/api/v1/staff/wall/prompts', { kind: 'no-more', text: { en: 'No more…' } });
    promptId = (res.json() as WallPrompt).id;
  });

  it('answers a post on the phone that sent it, and shows the answer, not the link, to every other phone', async () => {
    const start = await env.pullOk(young.token);
    const otherStart = await env.pullOk(other.token);
    const { opId, theme } = await themedPost();
    expect(theme).toMatchObject({ posts: 1, meToo: 0 });

    const themed = await env.pullOk(young.token, start.cursor);
    expect(live<MyItem>(themed.changes.myItems)).toEqual([expect.objectContaining({ id: opId, state: 'themed', themeIds: [theme.id] })]);
    expect(live<Theme>(themed.changes.themes)).toEqual([{ id: theme.id, title: { en: 'Too many changes of social worker' } }]);

    const draft = await staff('POST', '/api/v1/staff/feed', item(theme.id));
    expect(draft.statusCode, draft.body).toBe(201);
    const draftItem = draft.json() as StaffFeedItemView;
    expect(draftItem.state).toBe('draft');
    // A draft reaches nobody.
    const none = await env.pullOk(other.token, otherStart.cursor);
    expect(live<FeedItem>(none.changes.feedItems)).toEqual([]);

    const published = await staff('POST', `/api/v1/staff/feed/${draftItem.id}/publish`);
    expect(published.statusCode, published.body).toBe(200);

    const answered = await env.pullOk(young.token, themed.cursor);
    expect(live<MyItem>(answered.changes.myItems)).toEqual([
      expect.objectContaining({ id: opId, state: 'answered', themeIds: [theme.id], feedItemIds: [draftItem.id] }),
    ]);
    expect(live<FeedItem>(answered.changes.feedItems)).toEqual([expect.objectContaining({ id: draftItem.id, status: 'in-progress' })]);

    const seen = await env.pullOk(other.token, none.cursor);
    const theirs = live<FeedItem>(seen.changes.feedItems);
    expect(theirs).toEqual([expect.objectContaining({ id: draftItem.id })]);
    expect(seen.changes.myItems ?? []).toEqual([]);
    expect(JSON.stringify(seen)).not.toContain(young.deviceId);
    expect(JSON.stringify(theirs)).not.toContain('created_by');
  });

  it('keeps the earlier words and dates when a published item is updated', async () => {
    const { theme } = await themedPost();
    const created = (await staff('POST', '/api/v1/staff/feed', item(theme.id, { dueOn: '2027-03-01' }))).json() as StaffFeedItemView;
    await staff('POST', `/api/v1/staff/feed/${created.id}/publish`);
    const before = await env.pullOk(other.token);

    expectErrorBody(await staff('PATCH', `/api/v1/staff/feed/${created.id}`, { did: { en: 'Something else' } }), 409, 'published');
    env.advance(10 * 60 * 1000);
    const first = await staff('POST', `/api/v1/staff/feed/${created.id}/updates`, { text: { en: 'Havant team started.' }, status: 'in-progress' });
    expect(first.statusCode, first.body).toBe(201);
    env.advance(5 * 60 * 1000);
    const second = await staff('POST', `/api/v1/staff/feed/${created.id}/updates`, {
      text: { en: 'All teams started.' },
      status: 'done',
      dueOn: null,
    });
    const view = second.json() as StaffFeedItemView;
    expect(view.did.en).toBe('We set up new teams so you keep the same worker.');
    expect(view.updates.map((u) => u.text.en)).toEqual(['Havant team started.', 'All teams started.']);
    expect(view.updates[0]!.at < view.updates[1]!.at).toBe(true);
    expect(view.status).toBe('done');
    expect(view.publishedAt! < view.updates[0]!.at).toBe(true);

    const after = await env.pullOk(other.token, before.cursor);
    const pulled = live<FeedItem>(after.changes.feedItems)[0]!;
    expect(pulled.did.en).toBe('We set up new teams so you keep the same worker.');
    expect(pulled.updates.map((u) => [u.status, u.text.en])).toEqual([
      ['in-progress', 'Havant team started.'],
      ['done', 'All teams started.'],
    ]);
  });

  it("needs a reason for can't do, and answers bad input with 4xx and no change", async () => {
    const { theme } = await themedPost();
    const counts = await env.counts('feed_items', 'feed_updates', 'themes');
    expectErrorBody(await staff('POST', '/api/v1/staff/feed', item(theme.id, { status: 'cant-do' })), 400, 'invalid-input');
    expectErrorBody(await staff('POST', '/api/v1/staff/feed', item(theme.id, { status: 'finished' })), 400);
    expectErrorBody(await staff('POST', '/api/v1/staff/feed', item('00000000-0000-4000-8000-000000000000')), 400, 'invalid-input');
    expectErrorBody(await staff('POST', '/api/v1/staff/feed', item(theme.id, { districtId: 'nowhere' })), 400, 'invalid-input');
    expectErrorBody(await staff('POST', '/api/v1/staff/feed', { ...item(theme.id), said: { en: '' } }), 400);
    expectErrorBody(await staff('POST', '/api/v1/staff/themes', { title: { en: 'x' }, postIds: ['not-a-uuid'] }), 400);
    expectErrorBody(await staff('POST', '/api/v1/staff/feed/00000000-0000-4000-8000-000000000000/publish'), 404);
    expectErrorBody(await staff('GET', '/api/v1/staff/feed/log?district=nowhere'), 400, 'invalid-input');
    expect(await env.counts('feed_items', 'feed_updates', 'themes')).toEqual(counts);

    const reasoned = await staff(
      'POST',
      '/api/v1/staff/feed',
      item(theme.id, { status: 'cant-do', cantDoReason: { en: 'Family time is limited to keep you safe.' } }),
    );
    expect(reasoned.statusCode, reasoned.body).toBe(201);
  });

  it('checks role and council on every staff route', async () => {
    const { theme } = await themedPost();
    const created = (await staff('POST', '/api/v1/staff/feed', item(theme.id))).json() as StaffFeedItemView;
    const complaints = await env.createStaff(council.id, { roles: ['complaints'] });
    const wrongRole = env.staff(await env.signInStaff(complaints.email, complaints.password));
    expectErrorBody(await wrongRole('GET', '/api/v1/staff/feed'), 403);
    expectErrorBody(await wrongRole('GET', '/api/v1/staff/themes'), 403);
    expectErrorBody(await wrongRole('POST', '/api/v1/staff/polls', { term: 'contact', question: { en: 'Q?' }, options: ['a', 'b'] }), 403);

    const elsewhere = await env.createCouncil({ name: 'Othershire' });
    const outsider = await env.createStaff(elsewhere.id, { roles: ['admin'] });
    const them = env.staff(await env.signInStaff(outsider.email, outsider.password));
    expectErrorBody(await them('POST', `/api/v1/staff/feed/${created.id}/publish`), 404);
    expectErrorBody(await them('GET', `/api/v1/staff/themes/${theme.id}`), 404);
    expect(((await them('GET', '/api/v1/staff/feed')).json() as { items: unknown[] }).items).toEqual([]);
    expectErrorBody(await staff('POST', `/api/v1/staff/feed/${created.id}/publish`, undefined, { csrf: false }), 403, 'csrf');
  });

  it('shows a device of another council none of it', async () => {
    const { theme } = await themedPost();
    const created = (await staff('POST', '/api/v1/staff/feed', item(theme.id))).json() as StaffFeedItemView;
    await staff('POST', `/api/v1/staff/feed/${created.id}/publish`);
    await staff('POST', '/api/v1/staff/polls', {
      term: 'contact',
      question: { en: 'What should we call contact?' },
      options: ['Family Time', 'Contact'],
    });

    const elsewhere = await env.createCouncil({ name: 'Othershire' });
    const stranger = await env.registerDevice(elsewhere.joinCode);
    const pulled = await env.pullOk(stranger.token);
    expect(pulled.changes.themes ?? []).toEqual([]);
    expect(pulled.changes.feedItems ?? []).toEqual([]);
    expect(pulled.changes.polls ?? []).toEqual([]);
    expect(pulled.changes.myItems ?? []).toEqual([]);
    const react = await env.pushOk(stranger.token, [env.op('feed.react', { itemId: created.id, reaction: 'helps' })]);
    expect(react[0]).toMatchObject({ status: 'rejected', code: 'not-found' });
  });

  it('counts one reaction per phone, which the phone can change, and shows staff the counts', async () => {
    const { theme } = await themedPost();
    const created = (await staff('POST', '/api/v1/staff/feed', item(theme.id))).json() as StaffFeedItemView;
    const draftReact = await env.pushOk(young.token, [env.op('feed.react', { itemId: created.id, reaction: 'helps' })]);
    expect(draftReact[0]).toMatchObject({ status: 'rejected', code: 'not-found' });
    await staff('POST', `/api/v1/staff/feed/${created.id}/publish`);

    const results = await env.pushOk(young.token, [
      env.op('feed.react', { itemId: created.id, reaction: 'helps' }),
      env.op('feed.react', { itemId: created.id, reaction: 'not-enough' }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['accepted', 'accepted']);
    await env.pushOk(other.token, [env.op('feed.react', { itemId: created.id, reaction: 'helps' })]);
    const list = (await staff('GET', '/api/v1/staff/feed?state=published')).json() as { items: StaffFeedItemView[] };
    expect(list.items.find((i) => i.id === created.id)?.reactions).toEqual({ helps: 1, notEnough: 1 });
  });

  it('keeps the reaction the phone made last, even when an earlier one arrives after it', async () => {
    const { theme } = await themedPost();
    const created = (await staff('POST', '/api/v1/staff/feed', item(theme.id))).json() as StaffFeedItemView;
    await staff('POST', `/api/v1/staff/feed/${created.id}/publish`);
    const react = (reaction: string, createdAt: string) => ({ ...env.op('feed.react', { itemId: created.id, reaction }), createdAt });
    const kept = async () =>
      (
        await env.db
          .selectFrom('feed_reactions')
          .select('reaction')
          .where('item_id', '=', created.id)
          .where('device_id', '=', young.deviceId)
          .executeTakeFirst()
      )?.reaction;

    // "This helps" was on its way from a page that then reloaded; on the new page the young person changed it to "Not
    // enough yet", which replaced the waiting op (feed-data.ts) and was sent. Then the old page's request arrived.
    const helps = react('helps', '2026-03-02T10:00:00.000Z');
    const notEnough = react('not-enough', '2026-03-02T10:00:05.000Z');
    expect((await env.pushOk(young.token, [notEnough]))[0]?.status).toBe('accepted');
    expect((await env.pushOk(young.token, [helps]))[0]?.status).toBe('accepted');
    expect(await kept()).toBe('not-enough');
    // The phone's time at another offset is compared as the moment it is.
    const late = react('helps', '2026-03-02T11:00:04.000+01:00');
    expect((await env.pushOk(young.token, [late]))[0]?.status).toBe('accepted');
    expect(await kept()).toBe('not-enough');
    // A later change still replaces it; ops made in the same millisecond keep the order they are applied in.
    const later = react('helps', '2026-03-02T10:00:06.000Z');
    expect((await env.pushOk(young.token, [later]))[0]?.status).toBe('accepted');
    expect(await kept()).toBe('helps');
    await env.pushOk(young.token, [react('not-enough', '2026-03-02T10:00:06.000Z')]);
    expect(await kept()).toBe('not-enough');

    // Both at once (on PostgreSQL, two transactions): whichever commits first, the later one is kept.
    for (let round = 0; round < 10; round++) {
      const at = (s: number) => `2026-03-02T10:${String(10 + round).padStart(2, '0')}:0${s}.000Z`;
      const [earlier, last] = round % 2 ? ['helps', 'not-enough'] : ['not-enough', 'helps'];
      const [a, b] = await Promise.all([env.pushOk(young.token, [react(last!, at(2))]), env.pushOk(young.token, [react(earlier!, at(1))])]);
      expect([a[0]?.status, b[0]?.status]).toEqual(['accepted', 'accepted']);
      expect(await kept(), `round ${round}`).toBe(last);
    }
    const list = (await staff('GET', '/api/v1/staff/feed?state=published')).json() as { items: StaffFeedItemView[] };
    expect(list.items.find((i) => i.id === created.id)?.reactions).toEqual({ helps: 0, notEnough: 1 });
  });

  it('takes one vote per phone, even under 50 concurrent pushes', async () => {
    const poll = (
      await staff('POST', '/api/v1/staff/polls', {
        term: 'contact',
        question: { en: 'What should we call contact?' },
        options: ['Family Time', 'Contact'],
      })
    ).json() as StaffPollView;
    const optionId = poll.options[0]!.id;
    const vote = env.op('poll.vote', { pollId: poll.id, optionId });
    const same = await Promise.all(Array.from({ length: 50 }, () => env.push(young.token, [vote])));
    expect(same.every((r) => r.statusCode === 200)).toBe(true);
    const distinct = await Promise.all(
      Array.from({ length: 50 }, () => env.push(young.token, [env.op('poll.vote', { pollId: poll.id, optionId: poll.options[1]!.id })])),
    );
    const statuses = distinct.map((r) => (r.json() as { results: { status: string; code?: string }[] }).results[0]);
    expect(statuses.every((s) => s?.status === 'rejected' && s.code === 'already-done')).toBe(true);
    expect(await env.counts('poll_votes')).toEqual({ poll_votes: 1 });
    const view = (await staff('GET', '/api/v1/staff/polls')).json() as { polls: StaffPollView[] };
    expect(view.polls[0]!.options.map((o) => o.votes)).toEqual([1, 0]);
    const pulled = await env.pullOk(other.token);
    expect(live<Poll>(pulled.changes.polls)[0]!.options.map((o) => o.votes)).toEqual([1, 0]);
  });

  it('keeps a name idea that may be about harm in the safeguarding queue only, never in words on the polls screen', async () => {
    const poll = (
      await staff('POST', '/api/v1/staff/polls', {
        term: 'contact',
        question: { en: 'What should we call contact?' },
        options: ['Contact', 'Catch up'],
      })
    ).json() as StaffPollView;
    const suggest = env.op('poll.suggest', { pollId: poll.id, label: 'my carer hits me' });
    const optionId = await made(suggest);

    // The polls screen counts it but never shows its words; young people never see it.
    const view = (await staff('GET', '/api/v1/staff/polls')).json() as { polls: StaffPollView[] };
    expect(view.polls[0]).toMatchObject({ keptPrivate: 1 });
    expect(JSON.stringify(view)).not.toContain('hits me');
    expect(JSON.stringify((await env.pullOk(other.token)).changes.polls)).not.toContain('hits me');
    const mine = await env.pullOk(young.token);
    expect(live<MyItem>(mine.changes.myItems)).toEqual([expect.objectContaining({ id: suggest.id, state: 'kept-private', reason: 'safeguarding' })]);

    const queue = await staff('GET', '/api/v1/staff/safeguarding');
    expect(queue.statusCode, queue.body).toBe(200);
    expect(queue.json()).toEqual(
      expect.objectContaining({
        items: [
          expect.objectContaining({
            kind: 'poll-suggestion',
            id: optionId,
            text: 'my carer hits me',
            context: 'What should we call contact?',
            actions: [],
          }),
        ],
      }),
    );
    expectErrorBody(await staff('POST', `/api/v1/staff/polls/${poll.id}/options/${optionId}/decision`, { action: 'approve' }), 409, 'safeguarding');
  });

  it('moderates a suggested name, and adopting the winner changes the council words and answers the suggester', async () => {
    const poll = (
      await staff('POST', '/api/v1/staff/polls', {
        term: 'contact',
        question: { en: 'What should we call contact?' },
        options: ['Contact', 'Catch up'],
      })
    ).json() as StaffPollView;
    const suggest = env.op('poll.suggest', { pollId: poll.id, label: 'Family Time' });
    const optionId = await made(suggest);
    const start = await env.pullOk(other.token);
    expect(live<Poll>(start.changes.polls)[0]!.options.map((o) => o.label)).toEqual(['Contact', 'Catch up']);
    const mine = await env.pullOk(young.token);
    expect(live<MyItem>(mine.changes.myItems)).toEqual([expect.objectContaining({ id: suggest.id, kind: 'poll-suggestion', state: 'delivered' })]);

    expectErrorBody(
      await staff('POST', `/api/v1/staff/polls/${poll.id}/adopt`, { optionId, did: { en: 'Done' }, responsible: 'Participation Lead' }),
      400,
      'invalid-input',
    );
    expect((await staff('POST', `/api/v1/staff/polls/${poll.id}/options/${optionId}/decision`, { action: 'approve' })).statusCode).toBe(200);
    const withIt = await env.pullOk(other.token, start.cursor);
    expect(live<Poll>(withIt.changes.polls)[0]!.options.map((o) => o.label)).toEqual(['Contact', 'Catch up', 'Family Time']);
    await env.pushOk(other.token, [env.op('poll.vote', { pollId: poll.id, optionId })]);

    const adopted = await staff('POST', `/api/v1/staff/polls/${poll.id}/adopt`, {
      optionId,
      did: { en: 'From now on we say Family Time.' },
      responsible: 'Participation Lead',
    });
    expect(adopted.statusCode, adopted.body).toBe(200);
    const view = adopted.json() as StaffPollView;
    expect(view).toMatchObject({ adoptedOptionId: optionId, open: false });

    const after = await env.pullOk(other.token, withIt.cursor);
    expect(live<CouncilPublic>(after.changes.council)[0]!.vocabulary.en).toEqual({ contact: 'Family Time' });
    const feed = live<FeedItem>(after.changes.feedItems);
    expect(feed).toEqual([expect.objectContaining({ id: view.feedItemId, status: 'done', sources: [{ kind: 'poll', id: poll.id }] })]);
    const answered = await env.pullOk(young.token, mine.cursor);
    expect(live<MyItem>(answered.changes.myItems)).toEqual([
      expect.objectContaining({ id: suggest.id, state: 'answered', feedItemIds: [view.feedItemId] }),
    ]);
    expect((await env.pushOk(young.token, [env.op('poll.vote', { pollId: poll.id, optionId })]))[0]).toMatchObject({
      status: 'rejected',
      code: 'closed',
    });
  });

  it('tells the phone that suggested a name when the poll closes without choosing it', async () => {
    const poll = (
      await staff('POST', '/api/v1/staff/polls', {
        term: 'contact',
        question: { en: 'What should we call contact?' },
        options: ['Contact', 'Catch up'],
      })
    ).json() as StaffPollView;
    const suggest = env.op('poll.suggest', { pollId: poll.id, label: 'Family Time' });
    const optionId = await made(suggest);
    await staff('POST', `/api/v1/staff/polls/${poll.id}/options/${optionId}/decision`, { action: 'approve' });
    const before = await env.pullOk(young.token);
    const published = live<MyItem>(before.changes.myItems)[0]!;
    expect(published).toMatchObject({ id: suggest.id, state: 'published' });

    env.advance(10 * 60_000);
    expect((await staff('PATCH', `/api/v1/staff/polls/${poll.id}`, { open: false })).statusCode).toBe(200);
    const after = await env.pullOk(young.token, before.cursor);
    expect(live<Poll>(after.changes.polls)).toEqual([expect.objectContaining({ id: poll.id, open: false, adoptedOptionId: null })]);
    // Its journey moved (so the phone shows its neutral badge), and nothing else about it changed.
    expect(live<MyItem>(after.changes.myItems)).toEqual([{ ...published, updatedAt: env.now().toISOString() }]);
    // Another phone learns the poll closed, and nothing about who suggested what.
    expect((await env.pullOk(other.token, before.cursor)).changes.myItems ?? []).toEqual([]);
    // Closing it again changes nothing, so nothing moves on the phone.
    env.advance(60_000);
    expect((await staff('PATCH', `/api/v1/staff/polls/${poll.id}`, { open: false })).statusCode).toBe(200);
    expect((await env.pullOk(young.token, after.cursor)).changes).toEqual({});
  });

  it('tells every phone that suggested a name when another name is adopted', async () => {
    const poll = (
      await staff('POST', '/api/v1/staff/polls', { term: 'contact', question: { en: 'What should we call contact?' }, options: ['Contact', 'Visit'] })
    ).json() as StaffPollView;
    const mine = env.op('poll.suggest', { pollId: poll.id, label: 'Catch up' });
    const theirs = env.op('poll.suggest', { pollId: poll.id, label: 'Family Time' });
    const mineId = await made(mine);
    const theirsId = await made(theirs, other);
    for (const id of [mineId, theirsId]) await staff('POST', `/api/v1/staff/polls/${poll.id}/options/${id}/decision`, { action: 'approve' });
    const before = await env.pullOk(young.token);
    env.advance(10 * 60_000);
    const adopted = await staff('POST', `/api/v1/staff/polls/${poll.id}/adopt`, {
      optionId: theirsId,
      did: { en: 'We say Family Time now.' },
      responsible: 'Participation Lead',
    });
    expect(adopted.statusCode, adopted.body).toBe(200);
    const after = await env.pullOk(young.token, before.cursor);
    expect(live<MyItem>(after.changes.myItems)).toEqual([
      expect.objectContaining({ id: mine.id, state: 'published', updatedAt: env.now().toISOString() }),
    ]);
  });

  it('merges themes and exports the district log as CSV', async () => {
    const a = await themedPost('No more changing social workers');
    const second = env.op('wall.post', { promptId, text: 'Same worker please', districtId: council.districts[0]!.id });
    const secondId = await made(second);
    const b = (await staff('POST', '/api/v1/staff/themes', { title: { en: 'Same worker' }, postIds: [secondId] })).json() as StaffThemeView;
    const created = (await staff('POST', '/api/v1/staff/feed', item(b.id, { districtId: council.districts[0]!.id }))).json() as StaffFeedItemView;
    await staff('POST', `/api/v1/staff/feed/${created.id}/publish`);

    const merged = await staff('POST', `/api/v1/staff/themes/${a.theme.id}/merge`, { fromThemeId: b.id });
    expect(merged.statusCode, merged.body).toBe(200);
    expect(merged.json()).toMatchObject({ posts: 2, feedItemIds: [created.id] });
    expectErrorBody(await staff('GET', `/api/v1/staff/themes/${b.id}`), 404);

    const csv = await staff('GET', `/api/v1/staff/feed/log?format=csv&district=${council.districts[0]!.id}`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.body).toContain('Havant,You said your social worker changes too often.');
    const json = (await staff('GET', '/api/v1/staff/feed/log?district=council')).json() as { rows: unknown[] };
    expect(json.rows).toEqual([]);
  });
});
