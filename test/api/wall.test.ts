// The graffiti wall through the real API on SQLite and PostgreSQL: nothing is published until a person approves it,
// a possible disclosure never reaches the wall, me-too counts once per phone, councils never see each other's posts.
import { beforeEach, expect, it } from 'vitest';
import type { MyItem } from '../../src/shared/my-items';
import type { WallPost, WallPrompt } from '../../src/shared/wall';
import { describeOnDatabases, expectErrorBody, type ApiEnv, type Device } from '../fixtures/api-harness';

describeOnDatabases('wall', (harness) => {
  let env: ApiEnv;
  let council: Awaited<ReturnType<ApiEnv['createCouncil']>>;
  let young: Device;
  let other: Device;
  let moderator: ReturnType<ApiEnv['staff']>;
  let promptId: string;

  const live = <T extends { id: string }>(rows: Array<T | { id: string; deleted: true }> | undefined) =>
    (rows ?? []).filter((r): r is T => !('deleted' in r));

  beforeEach(async () => {
    env = harness();
    council = await env.createCouncil({ name: 'Wallshire', districts: ['Havant'] });
    young = await env.registerDevice(council.joinCode);
    other = await env.registerDevice(council.joinCode);
    const mod = await env.createStaff(council.id, { roles: ['moderator'] });
    moderator = env.staff(await env.signInStaff(mod.email, mod.password));
    const res = await moderator('POST', '/api/v1/staff/wall/prompts', { kind: 'no-more', text: { en: 'No more…' } });
    expect(res.statusCode, res.body).toBe(201);
    promptId = (res.json() as WallPrompt).id;
  });

  it('publishes a post only after a moderator approves it, to every phone of the council', async () => {
    const op = env.op('wall.post', { promptId, text: 'No more changing social workers' });
    const [sent] = await env.pushOk(young.token, [op]);
    expect(sent?.status).toBe('accepted');
    // The post has the server's own id (the op's ref); the phone's own item keeps the op id.
    const postId = sent?.ref ?? '';
    expect(postId).not.toBe(op.id);

    const before = await env.pullOk(other.token);
    expect(live<WallPost>(before.changes.wallPosts)).toEqual([]);
    const mine = await env.pullOk(young.token);
    expect(live<MyItem>(mine.changes.myItems)).toEqual([expect.objectContaining({ id: op.id, state: 'delivered' })]);

    const queue = await moderator('GET', '/api/v1/staff/wall/posts?status=pending');
    expect((queue.json() as { posts: { id: string }[] }).posts.map((p) => p.id)).toEqual([postId]);
    const decided = await moderator('POST', `/api/v1/staff/wall/posts/${postId}/decision`, { action: 'approve' });
    expect(decided.statusCode, decided.body).toBe(200);

    const after = await env.pullOk(other.token, before.cursor);
    expect(live<WallPost>(after.changes.wallPosts)).toEqual([
      expect.objectContaining({ id: postId, text: 'No more changing social workers', meToo: 0 }),
    ]);
    // Another phone learns nothing of who sent it.
    expect(after.changes.myItems ?? []).toEqual([]);
    const journey = await env.pullOk(young.token, mine.cursor);
    expect(live<MyItem>(journey.changes.myItems)).toEqual([expect.objectContaining({ id: op.id, state: 'published' })]);

    // Hiding it later takes it off every phone, and tells the sender kindly.
    const hidden = await moderator('POST', `/api/v1/staff/wall/posts/${postId}/decision`, {
      action: 'hide',
      reason: 'Names a person',
      category: 'personal-details',
    });
    expect(hidden.statusCode, hidden.body).toBe(200);
    const gone = await env.pullOk(other.token, after.cursor);
    expect(gone.changes.wallPosts).toEqual([{ id: postId, deleted: true }]);
    const kept = await env.pullOk(young.token, journey.cursor);
    expect(live<MyItem>(kept.changes.myItems)).toEqual([expect.objectContaining({ state: 'kept-private', reason: 'personal-details' })]);
  });

  it('keeps a possible disclosure in the private safeguarding queue and never publishes it', async () => {
    const op = env.op('wall.post', { promptId, text: 'my carer hits me' });
    const [sent] = await env.pushOk(young.token, [op]);
    expect(sent?.status).toBe('accepted');
    const postId = sent?.ref ?? '';
    const pending = await moderator('GET', '/api/v1/staff/wall/posts?status=pending');
    expect((pending.json() as { posts: unknown[] }).posts).toEqual([]);
    const queue = await moderator('GET', '/api/v1/staff/safeguarding');
    expect((queue.json() as { items: { id: string }[] }).items.map((p) => p.id)).toEqual([postId]);
    // It stays in the queue: neither published nor hidden away; the wall's own list never shows the queue.
    expectErrorBody(
      await moderator('POST', `/api/v1/staff/wall/posts/${postId}/decision`, { action: 'approve', confirmNoDetails: true }),
      409,
      'safeguarding',
    );
    expectErrorBody(
      await moderator('POST', `/api/v1/staff/wall/posts/${postId}/decision`, { action: 'hide', reason: 'Not for the wall' }),
      409,
      'safeguarding',
    );
    expectErrorBody(await moderator('GET', '/api/v1/staff/wall/posts?status=safeguarding'), 400, 'invalid-input');
    const pulled = await env.pullOk(other.token);
    expect(live<WallPost>(pulled.changes.wallPosts)).toEqual([]);
    const mine = await env.pullOk(young.token);
    expect(live<MyItem>(mine.changes.myItems)).toEqual([expect.objectContaining({ state: 'kept-private', reason: 'safeguarding' })]);
  });

  it('asks a person to check personal details before approving', async () => {
    const op = env.op('wall.post', { promptId, text: 'My social worker Sarah never rings back' });
    const postId = (await env.pushOk(young.token, [op]))[0]?.ref ?? '';
    expectErrorBody(await moderator('POST', `/api/v1/staff/wall/posts/${postId}/decision`, { action: 'approve' }), 409, 'personal-details');
    const edited = await moderator('POST', `/api/v1/staff/wall/posts/${postId}/decision`, {
      action: 'approve',
      text: 'My social worker never rings back',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const pulled = await env.pullOk(other.token);
    expect(live<WallPost>(pulled.changes.wallPosts).map((p) => p.text)).toEqual(['My social worker never rings back']);
  });

  it('counts me too once per phone, even when pushed many times at once', async () => {
    const op = env.op('wall.post', { promptId, text: 'No more waiting' });
    const postId = (await env.pushOk(young.token, [op]))[0]?.ref ?? '';
    await moderator('POST', `/api/v1/staff/wall/posts/${postId}/decision`, { action: 'approve' });
    const meToos = Array.from({ length: 20 }, () => env.op('wall.metoo', { postId }));
    const results = (await Promise.all(meToos.map((m) => env.pushOk(other.token, [m])))).flat();
    expect(results.filter((r) => r.status === 'accepted')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected').every((r) => r.code === 'already-done')).toBe(true);
    const pulled = await env.pullOk(young.token);
    expect(live<WallPost>(pulled.changes.wallPosts)[0]?.meToo).toBe(1);
  });

  it('takes a post whose words are the names of built-in object members (once a 500 from the safety check)', async () => {
    const text = 'No more constructor toString __proto__ hasOwnProperty valueOf';
    const [sent] = await env.pushOk(young.token, [env.op('wall.post', { promptId, text })]);
    expect(sent?.status).toBe('accepted');
    const staffWords = await moderator('POST', '/api/v1/staff/wall/prompts', { kind: 'yes-more', text: { en: 'constructor __proto__' } });
    expect(staffWords.statusCode, staffWords.body).toBe(201);
  });

  it('refuses posts to closed prompts and to other councils, changing nothing', async () => {
    await moderator('PATCH', `/api/v1/staff/wall/prompts/${promptId}`, { open: false });
    const closed = await env.pushOk(young.token, [env.op('wall.post', { promptId, text: 'late' })]);
    expect(closed[0]).toEqual(expect.objectContaining({ status: 'rejected', code: 'closed' }));

    const elsewhere = await env.createCouncil({ name: 'Othershire' });
    const stranger = await env.registerDevice(elsewhere.joinCode);
    const before = await env.counts('wall_posts');
    const res = await env.pushOk(stranger.token, [env.op('wall.post', { promptId, text: 'hello' })]);
    expect(res[0]).toEqual(expect.objectContaining({ status: 'rejected', code: 'not-found' }));
    expect(await env.counts('wall_posts')).toEqual(before);
  });

  it('checks roles, council and input on the staff routes', async () => {
    const iro = await env.createStaff(council.id, { roles: ['iro'] });
    const asIro = env.staff(await env.signInStaff(iro.email, iro.password));
    expectErrorBody(await asIro('GET', '/api/v1/staff/wall/posts?status=pending'), 403);
    expectErrorBody(await moderator('GET', '/api/v1/staff/wall/posts?status=everything'), 400, 'invalid-input');
    expectErrorBody(await moderator('POST', '/api/v1/staff/wall/prompts', { kind: 'maybe', text: { en: 'x' } }), 400, 'invalid-input');
    const op = env.op('wall.post', { promptId, text: 'No more lies' });
    const postId = (await env.pushOk(young.token, [op]))[0]?.ref ?? '';
    expectErrorBody(await moderator('POST', `/api/v1/staff/wall/posts/${postId}/decision`, { action: 'hide', reason: '' }), 400, 'invalid-input');

    const elsewhere = await env.createCouncil({ name: 'Othershire' });
    const otherMod = await env.createStaff(elsewhere.id, { roles: ['moderator'] });
    const asOther = env.staff(await env.signInStaff(otherMod.email, otherMod.password));
    expectErrorBody(await asOther('POST', `/api/v1/staff/wall/posts/${postId}/decision`, { action: 'approve' }), 404);
    expectErrorBody(await asOther('PATCH', `/api/v1/staff/wall/prompts/${promptId}`, { open: false }), 404);
  });
});
