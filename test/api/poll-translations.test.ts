// Poll options in Welsh and Arabic through the real API on SQLite and PostgreSQL: staff set, change and remove an
// option's words in each language, only staff of the poll's own council with a polls role may, bad input changes
// nothing, and every phone's pull carries the words (the label, as first written, stays the fallback).
import { beforeEach, expect, it } from 'vitest';
import type { StaffPollView } from '../../src/shared/feed-staff';
import type { Poll } from '../../src/shared/poll';
import { auditActions, describeOnDatabases, expectErrorBody, type ApiEnv, type Device } from '../fixtures/api-harness';

describeOnDatabases('poll translations', (harness) => {
  let env: ApiEnv;
  let council: Awaited<ReturnType<ApiEnv['createCouncil']>>;
  let young: Device;
  let staff: ReturnType<ApiEnv['staff']>;
  let poll: StaffPollView;
  let optionId: string;

  const live = (rows: Array<Poll | { id: string; deleted: true }> | undefined): Poll[] => (rows ?? []).filter((r): r is Poll => !('deleted' in r));
  const url = (pollId = poll.id, option = optionId) => `/api/v1/staff/polls/${pollId}/options/${option}/translations`;
  const stored = async () =>
    (await env.db.selectFrom('poll_options').select('translations').where('id', '=', optionId).executeTakeFirstOrThrow()).translations;

  beforeEach(async () => {
    env = harness();
    council = await env.createCouncil({ name: 'Wordshire' });
    young = await env.registerDevice(council.joinCode);
    const member = await env.createStaff(council.id, { roles: ['participation'] });
    staff = env.staff(await env.signInStaff(member.email, member.password));
    const res = await staff('POST', '/api/v1/staff/polls', {
      term: 'contact',
      question: { en: 'What should we call contact?', cy: 'Beth ddylen ni alw cyswllt?' },
      options: ['Family Time', 'Contact'],
    });
    expect(res.statusCode, res.body).toBe(201);
    poll = res.json<StaffPollView>();
    optionId = poll.options[0]!.id;
  });

  it('sets, changes and removes an option’s Welsh and Arabic words, and every phone’s pull carries them', async () => {
    const first = await env.pullOk(young.token);
    expect(live(first.changes.polls)[0]!.options[0]).toEqual({ id: optionId, label: 'Family Time', votes: 0 });

    const set = await staff('PUT', url(), { cy: '  Amser Teulu ', ar: 'وقت العائلة' });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json<StaffPollView>().options[0]).toMatchObject({ label: 'Family Time', translations: { cy: 'Amser Teulu', ar: 'وقت العائلة' } });
    expect(set.json<StaffPollView>().options[1]).toMatchObject({ translations: {} });
    const afterSet = await env.pullOk(young.token, first.cursor);
    expect(live(afterSet.changes.polls)[0]!.options).toEqual([
      { id: optionId, label: 'Family Time', votes: 0, translations: { cy: 'Amser Teulu', ar: 'وقت العائلة' } },
      { id: poll.options[1]!.id, label: 'Contact', votes: 0 },
    ]);

    // A PUT replaces: Arabic left out is gone, Welsh changes.
    const changed = await staff('PUT', url(), { cy: 'Amser gyda’r teulu' });
    expect(changed.statusCode, changed.body).toBe(200);
    const afterChange = await env.pullOk(young.token, afterSet.cursor);
    expect(live(afterChange.changes.polls)[0]!.options[0]).toEqual({
      id: optionId,
      label: 'Family Time',
      votes: 0,
      translations: { cy: 'Amser gyda’r teulu' },
    });

    // The same words again change nothing: no pull, no audit entry.
    expect((await staff('PUT', url(), { cy: 'Amser gyda’r teulu', ar: null })).statusCode).toBe(200);
    expect((await env.pullOk(young.token, afterChange.cursor)).changes.polls).toBeUndefined();

    const removed = await staff('PUT', url(), { cy: '   ', ar: null });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json<StaffPollView>().options[0]!.translations).toEqual({});
    expect(await stored()).toBeNull();
    const afterRemove = await env.pullOk(young.token, afterChange.cursor);
    expect(live(afterRemove.changes.polls)[0]!.options[0]).toEqual({ id: optionId, label: 'Family Time', votes: 0 });

    expect((await auditActions(env.db, council.id)).filter((a) => a === 'poll.option.translate')).toHaveLength(3);
    expect((await staff('GET', '/api/v1/staff/polls')).json<{ polls: StaffPollView[] }>().polls[0]!.options[0]!.translations).toEqual({});
  });

  it('lets a name idea waiting for a person be worded too, and sends the words when it is approved', async () => {
    const [idea] = await env.pushOk(young.token, [env.op('poll.suggest', { pollId: poll.id, label: 'Catch up' })]);
    const ideaId = idea!.ref!;
    const before = await env.pullOk(young.token);
    expect((await staff('PUT', url(poll.id, ideaId), { cy: 'Dal i fyny' })).statusCode).toBe(200);
    // Phones see published options only: a pending one moves nothing on them.
    expect((await env.pullOk(young.token, before.cursor)).changes.polls).toBeUndefined();
    expect((await staff('POST', `/api/v1/staff/polls/${poll.id}/options/${ideaId}/decision`, { action: 'approve' })).statusCode).toBe(200);
    const after = await env.pullOk(young.token, before.cursor);
    expect(live(after.changes.polls)[0]!.options.find((o) => o.id === ideaId)).toEqual({
      id: ideaId,
      label: 'Catch up',
      votes: 0,
      translations: { cy: 'Dal i fyny' },
    });
  });

  it('refuses a role without polls (403) and another council (404), changing nothing', async () => {
    await staff('PUT', url(), { cy: 'Amser Teulu' });
    const complaints = await env.createStaff(council.id, { roles: ['complaints', 'iro'] });
    const wrongRole = env.staff(await env.signInStaff(complaints.email, complaints.password));
    const elsewhere = await env.createCouncil({ name: 'Othershire' });
    const outsider = await env.createStaff(elsewhere.id, { roles: ['admin', 'participation', 'moderator'] });
    const them = env.staff(await env.signInStaff(outsider.email, outsider.password));
    const theirs = (
      await them('POST', '/api/v1/staff/polls', { term: 'contact', question: { en: 'Q?' }, options: ['A', 'B'] })
    ).json<StaffPollView>();
    const before = await stored();
    const counts = await env.counts('audit_log', 'change_log');

    expectErrorBody(await wrongRole('PUT', url(), { cy: 'Rhywbeth arall' }), 403, 'forbidden');
    expectErrorBody(await them('PUT', url(), { cy: 'Rhywbeth arall' }), 404, 'not-found');
    // Their own poll with our option, and our poll with their option, are not found either.
    expectErrorBody(await them('PUT', url(theirs.id, optionId), { cy: 'Rhywbeth arall' }), 404, 'not-found');
    expectErrorBody(await staff('PUT', url(poll.id, theirs.options[0]!.id), { cy: 'Rhywbeth arall' }), 404, 'not-found');
    expectErrorBody(await staff('PUT', url(poll.id, '00000000-0000-4000-8000-000000000000'), { cy: 'Rhywbeth' }), 404, 'not-found');
    expectErrorBody(await staff('PUT', url(), { cy: 'Rhywbeth arall' }, { csrf: false }), 403, 'csrf');

    expect(await stored()).toBe(before);
    expect(await env.counts('audit_log', 'change_log')).toEqual(counts);
  });

  it('answers bad input with 400 invalid-input and changes nothing', async () => {
    await staff('PUT', url(), { cy: 'Amser Teulu', ar: 'وقت العائلة' });
    const before = await stored();
    const counts = await env.counts('audit_log', 'change_log');
    for (const body of [
      { cy: 'x'.repeat(61) },
      { ar: 'ب'.repeat(61), cy: 'Amser' },
      { cy: 42 },
      { cy: ['Amser'] },
      { cy: { text: 'Amser' } },
      { ar: true },
      { cy: 'Amser\u0000Teulu' },
      [],
      null,
    ]) {
      expectErrorBody(await staff('PUT', url(), body), 400, 'invalid-input');
    }
    expectErrorBody(await staff('PUT', url('not-a-uuid'), { cy: 'Amser' }), 400, 'invalid-input');
    expectErrorBody(await staff('PUT', url(poll.id, 'x'), { cy: 'Amser' }), 400, 'invalid-input');
    expect(await stored()).toBe(before);
    expect(await env.counts('audit_log', 'change_log')).toEqual(counts);
  });

  it('refuses words for an idea kept private or taken back', async () => {
    const harm = env.op('poll.suggest', { pollId: poll.id, label: 'my carer hits me' });
    const [kept] = await env.pushOk(young.token, [harm]);
    expectErrorBody(await staff('PUT', url(poll.id, kept!.ref!), { cy: 'Rhywbeth' }), 409, 'safeguarding');
    const idea = env.op('poll.suggest', { pollId: poll.id, label: 'Catch up' });
    const [sent] = await env.pushOk(young.token, [idea]);
    await env.pushOk(young.token, [env.op('item.withdraw', { itemId: idea.id })]);
    expectErrorBody(await staff('PUT', url(poll.id, sent!.ref!), { cy: 'Dal i fyny' }), 409, 'withdrawn');
  });
});
