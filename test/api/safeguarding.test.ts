// The safeguarding queue on SQLite and PostgreSQL: wall posts and name ideas that may be about harm, newest first and
// waiting ones before those dealt with; staff record what they did; council, role, CSRF and input are checked, and
// bad input changes nothing; every look and record is audited without the young person's words.
import { beforeEach, expect, it } from 'vitest';
import type { SafeguardingItemView } from '../../src/shared/safeguarding';
import type { StaffPollView } from '../../src/shared/feed-staff';
import type { WallPrompt } from '../../src/shared/wall';
import { describeOnDatabases, expectErrorBody, type ApiEnv, type Device } from '../fixtures/api-harness';

describeOnDatabases('safeguarding queue', (harness) => {
  let env: ApiEnv;
  let council: Awaited<ReturnType<ApiEnv['createCouncil']>>;
  let young: Device;
  let moderator: ReturnType<ApiEnv['staff']>;
  let promptId: string;
  let pollId: string;

  const queue = async () => {
    const res = await moderator('GET', '/api/v1/staff/safeguarding');
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { items: SafeguardingItemView[] }).items;
  };

  /** Pushes an op from `young`; staff know the row it made by the server's id (the op's ref), never the op id. */
  const sent = async (op: ReturnType<ApiEnv['op']>) => ({ id: (await env.pushOk(young.token, [op]))[0]?.ref ?? '' });

  beforeEach(async () => {
    env = harness();
    council = await env.createCouncil({ name: 'Safeshire', districts: ['Havant'] });
    young = await env.registerDevice(council.joinCode);
    const mod = await env.createStaff(council.id, { roles: ['moderator'], name: 'Morgan' });
    moderator = env.staff(await env.signInStaff(mod.email, mod.password));
    const prompt = await moderator('POST', '/api/v1/staff/wall/prompts', { kind: 'no-more', text: { en: 'No more…' } });
    promptId = (prompt.json() as WallPrompt).id;
    const part = await env.createStaff(council.id, { roles: ['participation'] });
    const poll = await env.staff(await env.signInStaff(part.email, part.password))('POST', '/api/v1/staff/polls', {
      term: 'contact',
      question: { en: 'What should we call contact?' },
      options: ['Family Time', 'Contact'],
    });
    pollId = (poll.json() as StaffPollView).id;
  });

  it('lists posts and name ideas newest first, and moves one to "dealt with" when a person records what they did', async () => {
    const post = await sent(env.op('wall.post', { promptId, text: 'my carer hits me', districtId: council.districts[0]!.id }));
    env.advance(60_000);
    const idea = await sent(env.op('poll.suggest', { pollId, label: 'someone at home hurts me' }));
    env.advance(60_000);
    await sent(env.op('wall.post', { promptId, text: 'No more moving schools' }));

    expect(await queue()).toEqual([
      expect.objectContaining({
        kind: 'poll-suggestion',
        id: idea.id,
        text: 'someone at home hurts me',
        context: 'What should we call contact?',
        actions: [],
      }),
      expect.objectContaining({ kind: 'wall-post', id: post.id, text: 'my carer hits me', context: 'No more…', districtName: 'Havant', actions: [] }),
    ]);

    // Recording what was done on the newer item moves it below the older one that still waits.
    const recorded = await moderator('POST', '/api/v1/staff/safeguarding/actions', {
      kind: 'poll-suggestion',
      id: idea.id,
      note: 'Told the duty social worker by phone, 10:05.',
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    expect(recorded.json()).toEqual({
      action: expect.objectContaining({ staffName: 'Morgan', note: 'Told the duty social worker by phone, 10:05.' }),
    });

    // A follow-up adds to the record, oldest first.
    env.advance(60_000);
    await moderator('POST', '/api/v1/staff/safeguarding/actions', {
      kind: 'poll-suggestion',
      id: idea.id,
      note: 'Duty team confirmed a visit today.',
    });
    const items = await queue();
    expect(items.map((i) => [i.id, i.actions.map((a) => a.note)])).toEqual([
      [post.id, []],
      [idea.id, ['Told the duty social worker by phone, 10:05.', 'Duty team confirmed a visit today.']],
    ]);

    // The audit log has every look and every record, never the words.
    const log = await env.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('council_id', '=', council.id)
      .where('action', 'like', 'safeguarding.%')
      .execute();
    expect(log.filter((l) => l.action === 'safeguarding.action')).toHaveLength(2);
    expect(log.filter((l) => l.action === 'safeguarding.view').length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(log)).not.toMatch(/hits me|hurts me|duty/i);
  });

  it('answers bad input with a clear 4xx and changes nothing', async () => {
    const post = await sent(env.op('wall.post', { promptId, text: 'my carer hits me' }));
    const ordinary = await sent(env.op('wall.post', { promptId, text: 'No more moving schools' }));
    const before = await env.counts('safeguarding_actions', 'audit_log');
    const url = '/api/v1/staff/safeguarding/actions';
    expectErrorBody(await moderator('POST', url, { kind: 'wall-post', id: post.id, note: '   ' }), 400, 'invalid-input');
    expectErrorBody(await moderator('POST', url, { kind: 'wall-post', id: post.id, note: 'x'.repeat(2001) }), 400, 'invalid-input');
    expectErrorBody(await moderator('POST', url, { kind: 'survey', id: post.id, note: 'Told the duty team' }), 400, 'invalid-input');
    expectErrorBody(await moderator('POST', url, { kind: 'wall-post', id: 'not-a-uuid', note: 'Told the duty team' }), 400, 'invalid-input');
    expectErrorBody(await moderator('POST', url, { kind: 'poll-suggestion', id: post.id, note: 'Told the duty team' }), 404, 'not-found');
    expectErrorBody(await moderator('POST', url, { kind: 'wall-post', id: ordinary.id, note: 'Told the duty team' }), 409, 'not-in-queue');
    expectErrorBody(await moderator('POST', url, { kind: 'wall-post', id: post.id, note: 'Told the duty team' }, { csrf: false }), 403, 'csrf');
    expect(await env.counts('safeguarding_actions', 'audit_log')).toEqual(before);
  });

  it('keeps councils apart and refuses roles without the queue', async () => {
    const post = await sent(env.op('wall.post', { promptId, text: 'my carer hits me' }));
    const elsewhere = await env.createCouncil({ name: 'Elsewhere' });
    const theirs = await env.createStaff(elsewhere.id, { roles: ['moderator', 'admin'] });
    const them = env.staff(await env.signInStaff(theirs.email, theirs.password));
    expect((await them('GET', '/api/v1/staff/safeguarding')).json()).toEqual(expect.objectContaining({ items: [], total: 0, waiting: 0 }));
    expectErrorBody(await them('POST', '/api/v1/staff/safeguarding/actions', { kind: 'wall-post', id: post.id, note: 'Mine now' }), 404, 'not-found');
    for (const role of ['iro', 'complaints'] as const) {
      const member = await env.createStaff(council.id, { roles: [role] });
      const as = env.staff(await env.signInStaff(member.email, member.password));
      expectErrorBody(await as('GET', '/api/v1/staff/safeguarding'), 403);
      expectErrorBody(await as('POST', '/api/v1/staff/safeguarding/actions', { kind: 'wall-post', id: post.id, note: 'Told the duty team' }), 403);
    }
    expectErrorBody(await env.app.inject({ method: 'GET', url: '/api/v1/staff/safeguarding' }), 401);
    const recorded = await env.db.selectFrom('safeguarding_actions').select('id').where('item_id', '=', post.id).execute();
    expect(recorded).toEqual([]);
  });
});
