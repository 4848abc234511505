// The input that once answered 500, on SQLite and PostgreSQL: an empty district is "no district" (for a phone and for
// staff), and an op id equal to an existing row's id (here or in another council) is nothing special — rows made by
// a phone get the server's own ids, and the phone's own item keeps the op id.
import { beforeEach, expect, it } from 'vitest';
import type { MyItem } from '../../src/shared/my-items';
import type { StaffPollView } from '../../src/shared/feed-staff';
import type { WallPrompt } from '../../src/shared/wall';
import { describeOnDatabases, expectErrorBody, type ApiEnv, type Device } from '../fixtures/api-harness';

describeOnDatabases('hardening: ids and empty districts', (harness) => {
  let env: ApiEnv;
  let council: Awaited<ReturnType<ApiEnv['createCouncil']>>;
  let young: Device;
  let staff: ReturnType<ApiEnv['staff']>;
  let promptId: string;

  const live = <T extends { id: string }>(rows: Array<T | { id: string; deleted: true }> | undefined) =>
    (rows ?? []).filter((r): r is T => !('deleted' in r));

  beforeEach(async () => {
    env = harness();
    council = await env.createCouncil({ name: 'Idshire' });
    young = await env.registerDevice(council.joinCode);
    const member = await env.createStaff(council.id, { roles: ['moderator', 'participation'] });
    staff = env.staff(await env.signInStaff(member.email, member.password));
    promptId = ((await staff('POST', '/api/v1/staff/wall/prompts', { kind: 'no-more', text: { en: 'No more…' } })).json() as WallPrompt).id;
  });

  it('takes an empty or blank district as "no district", from a phone and from staff', async () => {
    for (const districtId of ['', '   ']) {
      const [result] = await env.pushOk(young.token, [env.op('wall.post', { promptId, text: 'No more waiting', districtId })]);
      expect(result).toMatchObject({ status: 'accepted' });
      const row = await env.db.selectFrom('wall_posts').select('district_id').where('id', '=', result!.ref!).executeTakeFirstOrThrow();
      expect(row.district_id).toBeNull();
    }
    const created = await staff('POST', '/api/v1/staff/wall/prompts', { kind: 'yes-more', text: { en: 'Yes more…' }, districtId: '' });
    expect(created.statusCode, created.body).toBe(201);
    expect((created.json() as WallPrompt).districtId).toBeNull();
    const moved = await staff('PATCH', `/api/v1/staff/wall/prompts/${promptId}`, { districtId: council.districts[0]!.id });
    expect((moved.json() as WallPrompt).districtId).toBe(council.districts[0]!.id);
    const back = await staff('PATCH', `/api/v1/staff/wall/prompts/${promptId}`, { districtId: '' });
    expect(back.statusCode, back.body).toBe(200);
    expect((back.json() as WallPrompt).districtId).toBeNull();
    // A district that is not the council's is still refused, and changes nothing.
    const elsewhere = await env.createCouncil({ name: 'Elsewhere' });
    const before = await env.counts('wall_posts', 'wall_prompts');
    const [refused] = await env.pushOk(young.token, [env.op('wall.post', { promptId, text: 'x', districtId: elsewhere.districts[0]!.id })]);
    expect(refused).toMatchObject({ status: 'rejected', code: 'invalid-payload' });
    expectErrorBody(
      await staff('POST', '/api/v1/staff/wall/prompts', { kind: 'yes-more', text: { en: 'x' }, districtId: elsewhere.districts[0]!.id }),
      400,
      'invalid-input',
    );
    expect(await env.counts('wall_posts', 'wall_prompts')).toEqual(before);
  });

  it("accepts an op whose id equals an existing post's or name idea's id, here or in another council, exactly like a fresh one", async () => {
    const [first] = await env.pushOk(young.token, [env.op('wall.post', { promptId, text: 'No more waiting' })]);
    const postId = first!.ref!;
    const poll = (
      await staff('POST', '/api/v1/staff/polls', { term: 'contact', question: { en: 'Q?' }, options: ['One', 'Two'] })
    ).json() as StaffPollView;
    const [idea] = await env.pushOk(young.token, [env.op('poll.suggest', { pollId: poll.id, label: 'Catch up' })]);
    const optionId = idea!.ref!;

    // Another council's phone uses those ids as op ids: nothing tells it they exist.
    const elsewhere = await env.createCouncil({ name: 'Elsewhere' });
    const stranger = await env.registerDevice(elsewhere.joinCode);
    const strangerStaff = await env.createStaff(elsewhere.id, { roles: ['moderator', 'participation'] });
    const them = env.staff(await env.signInStaff(strangerStaff.email, strangerStaff.password));
    const theirPrompt = ((await them('POST', '/api/v1/staff/wall/prompts', { kind: 'no-more', text: { en: 'No more…' } })).json() as WallPrompt).id;
    const theirPoll = (
      await them('POST', '/api/v1/staff/polls', { term: 'contact', question: { en: 'Q?' }, options: ['A', 'B'] })
    ).json() as StaffPollView;
    const clash = await env.pushOk(stranger.token, [
      env.op('wall.post', { promptId: theirPrompt, text: 'Hello' }, postId),
      env.op('poll.suggest', { pollId: theirPoll.id, label: 'Hi' }, optionId),
      env.op('wall.post', { promptId: theirPrompt, text: 'Hello' }, theirPoll.options[0]!.id),
    ]);
    expect(clash.map((r) => r.status)).toEqual(['accepted', 'accepted', 'accepted']);
    expect(clash.map((r) => r.ref)).not.toContain(postId);
    expect(clash.map((r) => r.ref)).not.toContain(optionId);

    // The same in its own council, with its own rows' ids (ones no op has used yet: op ids are one namespace).
    const staffOption = poll.options[1]!.id;
    const own = await env.pushOk(young.token, [
      env.op('wall.post', { promptId, text: 'Again' }, staffOption),
      env.op('poll.suggest', { pollId: poll.id, label: 'Visit' }, promptId),
    ]);
    expect(own.map((r) => r.status)).toEqual(['accepted', 'accepted']);

    // Each phone's items are keyed by its op ids, and only its own.
    const mine = live<MyItem>((await env.pullOk(young.token)).changes.myItems)
      .map((i) => i.id)
      .sort();
    expect(mine).toEqual([first!.id, idea!.id, staffOption, promptId].sort());
    const theirs = live<MyItem>((await env.pullOk(stranger.token)).changes.myItems)
      .map((i) => i.id)
      .sort();
    expect(theirs).toEqual([postId, optionId, theirPoll.options[0]!.id].sort());
    // A repeat is still answered from the op record.
    const again = await env.pushOk(stranger.token, [env.op('wall.post', { promptId: theirPrompt, text: 'Hello' }, postId)]);
    expect(again[0]).toMatchObject({ status: 'duplicate', ref: clash[0]!.ref });
  });

  it('refuses text holding a NUL character as a 4xx (PostgreSQL cannot store it), one op at a time', async () => {
    const before = await env.counts('wall_posts', 'wall_prompts');
    const results = await env.pushOk(young.token, [
      env.op('wall.post', { promptId, text: 'bad\u0000text' }),
      env.op('wall.post', { promptId, text: 'good text' }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'accepted']);
    expect(results[0]).toMatchObject({ code: 'invalid-payload' });
    expect(await env.counts('wall_posts')).toEqual({ wall_posts: before.wall_posts! + 1 });
    expectErrorBody(await staff('POST', '/api/v1/staff/wall/prompts', { kind: 'yes-more', text: { en: 'a\u0000b' } }), 400, 'invalid-input');
    expect(await env.counts('wall_prompts')).toEqual({ wall_prompts: before.wall_prompts });
  });
});
