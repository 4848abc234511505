// Moderation is the last line (issue 7, section 1), on SQLite and PostgreSQL: the moderation list runs the safety
// check again on every post (so a post sent before better word lists is flagged now); approving a post the check has
// any doubt about needs `confirmDoubt: true`, and without it nothing changes; "this may be about harm" is one tap
// (no reason needed), audited, and the sending phone's journey then never says the post is on the wall.
import { beforeEach, expect, it } from 'vitest';
import type { MyItem } from '../../src/shared/my-items';
import type { WallPost, WallPrompt } from '../../src/shared/wall';
import type { StaffWallPostPage } from '../../src/shared/wall-staff';
import { describeOnDatabases, expectErrorBody, type ApiEnv, type Device } from '../fixtures/api-harness';

describeOnDatabases('moderation is the last line', (harness) => {
  let env: ApiEnv;
  let council: Awaited<ReturnType<ApiEnv['createCouncil']>>;
  let young: Device;
  let moderator: ReturnType<ApiEnv['staff']>;
  let promptId: string;

  const live = <T extends { id: string }>(rows: Array<T | { id: string; deleted: true }> | undefined) =>
    (rows ?? []).filter((r): r is T => !('deleted' in r));
  const send = async (text: string) => {
    const op = env.op('wall.post', { promptId, text });
    const [r] = await env.pushOk(young.token, [op]);
    expect(r?.status).toBe('accepted');
    return { opId: op.id, id: r!.ref! };
  };
  const pending = async () => ((await moderator('GET', '/api/v1/staff/wall/posts?status=pending')).json() as StaffWallPostPage).posts;
  const statusOf = async (id: string) =>
    (await env.db.selectFrom('wall_posts').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;

  beforeEach(async () => {
    env = harness();
    council = await env.createCouncil({ name: 'Lastline' });
    young = await env.registerDevice(council.joinCode);
    const mod = await env.createStaff(council.id, { roles: ['moderator'] });
    moderator = env.staff(await env.signInStaff(mod.email, mod.password));
    const res = await moderator('POST', '/api/v1/staff/wall/prompts', { kind: 'no-more', text: { en: 'No more…' } });
    promptId = (res.json() as WallPrompt).id;
  });

  it('checks every listed post again, and refuses to approve a doubtful one without a confirmation, changing nothing', async () => {
    // A post that an older check let through to the ordinary queue (its words as today's check reads them).
    const missed = await send('No more being moved without warning');
    await env.db.updateTable('wall_posts').set({ text: 'my carer hits me' }).where('id', '=', missed.id).execute();
    const ordinary = await send('No more cold dinners');

    const listed = await pending();
    const doubtful = listed.find((p) => p.id === missed.id);
    expect(doubtful?.check.doubt).not.toBe('none');
    expect(doubtful?.flags?.disclosure).toBe(true);
    expect(listed.find((p) => p.id === ordinary.id)?.check).toEqual({ doubt: 'none', categories: [] });

    const before = await env.counts('audit_log', 'change_log');
    const url = `/api/v1/staff/wall/posts/${missed.id}/decision`;
    expectErrorBody(await moderator('POST', url, { action: 'approve' }), 409, 'confirm-doubt');
    expectErrorBody(await moderator('POST', url, { action: 'approve', confirmDoubt: false }), 409, 'confirm-doubt');
    // Editing the words out does not take the doubt away: the young person wrote them.
    expectErrorBody(await moderator('POST', url, { action: 'approve', text: 'No more being moved' }), 409, 'confirm-doubt');
    expectErrorBody(await moderator('POST', url, { action: 'approve', confirmDoubt: 'yes' }), 400, 'invalid-input');
    // Nor can an edit put doubtful words into an ordinary post unconfirmed.
    expectErrorBody(
      await moderator('POST', `/api/v1/staff/wall/posts/${ordinary.id}/decision`, { action: 'approve', text: 'he hits me' }),
      409,
      'confirm-doubt',
    );
    expect(await env.counts('audit_log', 'change_log')).toEqual(before);
    expect(await statusOf(missed.id)).toBe('pending');
    expect(await statusOf(ordinary.id)).toBe('pending');

    // A person who read it and is sure may approve it; an ordinary post needs no confirmation.
    const approved = await moderator('POST', url, { action: 'approve', confirmDoubt: true });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(await statusOf(missed.id)).toBe('published');
    expect((await moderator('POST', `/api/v1/staff/wall/posts/${ordinary.id}/decision`, { action: 'approve' })).statusCode).toBe(200);
  });

  it('moves a post to safeguarding in one tap, audited, and the phone never says it is on the wall', async () => {
    const waiting = await send('No more people shouting at home');
    const shown = await send('No more shouting');
    expect((await moderator('POST', `/api/v1/staff/wall/posts/${shown.id}/decision`, { action: 'approve' })).statusCode).toBe(200);
    const other = await env.registerDevice(council.joinCode);
    const wall = await env.pullOk(other.token);
    expect(live<WallPost>(wall.changes.wallPosts).map((p) => p.id)).toEqual([shown.id]);
    const journey = await env.pullOk(young.token);

    // One tap each: no reason needed.
    for (const post of [waiting, shown]) {
      const res = await moderator('POST', `/api/v1/staff/wall/posts/${post.id}/decision`, { action: 'safeguarding' });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({ id: post.id, status: 'safeguarding' });
    }
    const queue = (await moderator('GET', '/api/v1/staff/safeguarding')).json() as { items: { id: string }[] };
    expect(queue.items.map((i) => i.id).sort()).toEqual([waiting.id, shown.id].sort());
    expect(await pending()).toEqual([]);

    const log = await env.db
      .selectFrom('audit_log')
      .select(['action', 'entity_id', 'detail'])
      .where('action', '=', 'wall.post.safeguarding')
      .execute();
    expect(log.map((l) => l.entity_id).sort()).toEqual([waiting.id, shown.id].sort());
    expect(JSON.stringify(log)).not.toMatch(/shouting/);

    // Off every phone's wall, and the sender's journey says nothing about the wall.
    const after = await env.pullOk(other.token, wall.cursor);
    expect(live<WallPost>(after.changes.wallPosts)).toEqual([]);
    expect(after.changes.wallPosts).toContainEqual({ id: shown.id, deleted: true });
    const mine = live<MyItem>((await env.pullOk(young.token, journey.cursor)).changes.myItems);
    expect(mine.map((i) => i.id).sort()).toEqual([waiting.opId, shown.opId].sort());
    for (const item of mine) expect(item.state).not.toMatch(/published|delivered/);
    // A reason is still welcome, and is kept.
    const third = await send('No more being ignored');
    expect(
      (await moderator('POST', `/api/v1/staff/wall/posts/${third.id}/decision`, { action: 'safeguarding', reason: 'Reads like neglect' })).statusCode,
    ).toBe(200);
    const row = await env.db.selectFrom('wall_posts').select('decision_reason').where('id', '=', third.id).executeTakeFirstOrThrow();
    expect(row.decision_reason).toBe('Reads like neglect');
  });
});
