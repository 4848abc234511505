// After a disclosure the phone is told only what is true, on SQLite and PostgreSQL: kept private (never "read") until a
// member of staff records an action in the safeguarding queue, then "seen by a person" on the phone's next pull —
// and nothing of what staff did. The council's safeguarding hours reach the phone with the council.
import { beforeEach, expect, it } from 'vitest';
import type { CouncilPublic } from '../../src/shared/council';
import type { StaffPollView } from '../../src/shared/feed-staff';
import type { MyItem } from '../../src/shared/my-items';
import type { CouncilSettings } from '../../src/shared/staff';
import type { WallPrompt } from '../../src/shared/wall';
import { describeOnDatabases, expectErrorBody, type ApiEnv, type Device } from '../fixtures/api-harness';

describeOnDatabases('honesty after a disclosure', (harness) => {
  let env: ApiEnv;
  let council: Awaited<ReturnType<ApiEnv['createCouncil']>>;
  let young: Device;
  let moderator: ReturnType<ApiEnv['staff']>;
  let admin: ReturnType<ApiEnv['staff']>;
  let promptId: string;
  let pollId: string;

  const mine = (rows: Array<MyItem | { id: string; deleted: true }> | undefined) => (rows ?? []).filter((r): r is MyItem => !('deleted' in r));

  beforeEach(async () => {
    env = harness();
    council = await env.createCouncil({ name: 'Truthshire' });
    young = await env.registerDevice(council.joinCode);
    const mod = await env.createStaff(council.id, { roles: ['moderator'], name: 'Morgan' });
    moderator = env.staff(await env.signInStaff(mod.email, mod.password));
    const adm = await env.createStaff(council.id, { roles: ['admin'] });
    admin = env.staff(await env.signInStaff(adm.email, adm.password));
    promptId = ((await moderator('POST', '/api/v1/staff/wall/prompts', { kind: 'no-more', text: { en: 'No more…' } })).json() as WallPrompt).id;
    const poll = await moderator('POST', '/api/v1/staff/polls', {
      term: 'contact',
      question: { en: 'What should we call contact?' },
      options: ['Family Time', 'Contact'],
    });
    pollId = (poll.json() as StaffPollView).id;
  });

  it('keeps a disclosure "kept private" and never "seen" until staff record an action, then says only that a person has seen it', async () => {
    const start = await env.pullOk(young.token);
    const post = env.op('wall.post', { promptId, text: 'my carer hits me' });
    const [result] = await env.pushOk(young.token, [post]);
    const rowId = result!.ref!;

    const first = await env.pullOk(young.token, start.cursor);
    expect(mine(first.changes.myItems)).toEqual([expect.objectContaining({ id: post.id, state: 'kept-private', reason: 'safeguarding' })]);
    expect(mine(first.changes.myItems)[0]!.seenByPerson).toBeUndefined();

    // Staff looking at the queue is not "reading it" for the phone: nothing moves until an action is recorded.
    expect((await moderator('GET', '/api/v1/staff/safeguarding')).statusCode).toBe(200);
    env.advance(60_000);
    const looked = await env.pullOk(young.token, first.cursor);
    expect(mine(looked.changes.myItems)).toEqual([]);

    env.advance(60_000);
    const recordedAt = env.now().toISOString();
    const act = await moderator('POST', '/api/v1/staff/safeguarding/actions', {
      kind: 'wall-post',
      id: rowId,
      note: 'Rang the duty team: a visit today.',
    });
    expect(act.statusCode, act.body).toBe(201);

    const seen = await env.pullOk(young.token, looked.cursor);
    const [item] = mine(seen.changes.myItems);
    expect(item).toEqual(
      expect.objectContaining({ id: post.id, state: 'kept-private', reason: 'safeguarding', seenByPerson: true, updatedAt: recordedAt }),
    );
    // Never what they did, nor who.
    expect(JSON.stringify(seen)).not.toMatch(/duty|visit|Morgan/i);

    // A follow-up record does not move the journey again (no second "new" badge).
    env.advance(60_000);
    await moderator('POST', '/api/v1/staff/safeguarding/actions', { kind: 'wall-post', id: rowId, note: 'Visit done.' });
    const again = await env.pullOk(young.token, seen.cursor);
    expect(mine(again.changes.myItems)).toEqual([expect.objectContaining({ id: post.id, seenByPerson: true, updatedAt: recordedAt })]);
  });

  it('does the same for a name idea, and tells no other phone', async () => {
    const other = await env.registerDevice(council.joinCode);
    const otherStart = await env.pullOk(other.token);
    const idea = env.op('poll.suggest', { pollId, label: 'someone at home hurts me' });
    const [result] = await env.pushOk(young.token, [idea]);
    const before = await env.pullOk(young.token);
    expect(mine(before.changes.myItems)).toEqual([expect.objectContaining({ id: idea.id, state: 'kept-private', reason: 'safeguarding' })]);
    expect(mine(before.changes.myItems)[0]!.seenByPerson).toBeUndefined();

    const act = await moderator('POST', '/api/v1/staff/safeguarding/actions', {
      kind: 'poll-suggestion',
      id: result!.ref!,
      note: 'Passed to the duty team.',
    });
    expect(act.statusCode, act.body).toBe(201);
    const after = await env.pullOk(young.token, before.cursor);
    expect(mine(after.changes.myItems)).toEqual([expect.objectContaining({ id: idea.id, seenByPerson: true })]);
    const others = await env.pullOk(other.token, otherStart.cursor);
    expect(mine(others.changes.myItems)).toEqual([]);
  });

  it('an ordinary post stays "delivered" (never seen by a safeguarding person) while it waits for moderation', async () => {
    const post = env.op('wall.post', { promptId, text: 'No more moving schools' });
    await env.pushOk(young.token, [post]);
    const pulled = await env.pullOk(young.token);
    const [item] = mine(pulled.changes.myItems);
    expect(item).toEqual(expect.objectContaining({ id: post.id, state: 'delivered', reason: null }));
    expect(item!.seenByPerson).toBeUndefined();
  });

  it("pulls the council's safeguarding hours to the phone with the council, as written, and lets an admin clear them", async () => {
    const start = await env.pullOk(young.token);
    const hours = { en: 'Monday to Friday, 9am to 5pm', cy: 'Dydd Llun i ddydd Gwener, 9am tan 5pm' };
    const set = await admin('PATCH', '/api/v1/staff/council', { safeguardingHours: hours });
    expect(set.statusCode, set.body).toBe(200);
    expect((set.json() as CouncilSettings).safeguardingHours).toEqual(hours);
    const pulled = await env.pullOk(young.token, start.cursor);
    expect((pulled.changes.council as CouncilPublic[])[0]!.safeguardingHours).toEqual(hours);

    // Too long, or an empty line: a clear 400 that changes nothing.
    expectErrorBody(await admin('PATCH', '/api/v1/staff/council', { safeguardingHours: { en: 'x'.repeat(201) } }), 400);
    expectErrorBody(await admin('PATCH', '/api/v1/staff/council', { safeguardingHours: { en: '   ' } }), 400);
    expect(((await admin('GET', '/api/v1/staff/council')).json() as CouncilSettings).safeguardingHours).toEqual(hours);
    // A moderator cannot change them.
    expectErrorBody(await moderator('PATCH', '/api/v1/staff/council', { safeguardingHours: null }), 403);

    const cleared = await admin('PATCH', '/api/v1/staff/council', { safeguardingHours: null });
    expect((cleared.json() as CouncilSettings).safeguardingHours).toBeNull();
    const again = await env.pullOk(young.token, pulled.cursor);
    expect((again.changes.council as CouncilPublic[])[0]!.safeguardingHours).toBeNull();
  });
});
