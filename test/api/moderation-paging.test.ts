// The moderation and safeguarding lists after a flood (issue 7, section 4), on SQLite and PostgreSQL: both are paged
// with a total and never cut off, the newest post is on the first page of "newest first", posts from one phone are
// marked without naming it, and a moderator can hide everything still waiting from that phone in one audited go —
// never a post in the safeguarding queue.
import { beforeEach, expect, it } from 'vitest';
import type { MyItem } from '../../src/shared/my-items';
import type { OpResult } from '../../src/shared/protocol';
import type { SafeguardingPage } from '../../src/shared/safeguarding';
import type { WallPrompt } from '../../src/shared/wall';
import type { StaffWallPostPage } from '../../src/shared/wall-staff';
import { POSSIBLE_HARM_PER_PHONE, QUOTAS, type QuotaLimits } from '../../src/server/sync/quota';
import { describeOnDatabases, expectErrorBody, type ApiEnv, type Device } from '../fixtures/api-harness';

const PER_PHONE = (QUOTAS['wall.post'] as Required<QuotaLimits>).perDevice;

describeOnDatabases('flood: paged moderation and safeguarding lists', (harness) => {
  let env: ApiEnv;
  let council: Awaited<ReturnType<ApiEnv['createCouncil']>>;
  let moderator: ReturnType<ApiEnv['staff']>;
  let promptId: string;

  const live = <T extends { id: string }>(rows: Array<T | { id: string; deleted: true }> | undefined) =>
    (rows ?? []).filter((r): r is T => !('deleted' in r));
  const list = async (query: string) => {
    const res = await moderator('GET', `/api/v1/staff/wall/posts?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as StaffWallPostPage;
  };
  const queue = async (query = '') => {
    const res = await moderator('GET', `/api/v1/staff/safeguarding${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as SafeguardingPage;
  };
  const post = async (phone: Device, text: string): Promise<string> => {
    const [result] = await env.pushOk(phone.token, [env.op('wall.post', { promptId, text })]);
    expect(result?.status).toBe('accepted');
    return result!.ref!;
  };

  beforeEach(async () => {
    env = harness();
    council = await env.createCouncil({ name: 'Pageshire' });
    const mod = await env.createStaff(council.id, { roles: ['moderator'] });
    moderator = env.staff(await env.signInStaff(mod.email, mod.password));
    const res = await moderator('POST', '/api/v1/staff/wall/prompts', { kind: 'no-more', text: { en: 'No more…' } });
    promptId = (res.json() as WallPrompt).id;
  });

  it('after the flood from the issue, pages every post and shows a genuine one sent later first, newest first', async () => {
    // The flood: one phone, 40 pushes of 50, half of them written to look like harm.
    const flooder = await env.registerDevice(council.joinCode);
    const answers: OpResult[] = [];
    for (let push = 0; push < 40; push++) {
      const ops = Array.from({ length: 50 }, (_, i) =>
        env.op('wall.post', { promptId, text: i % 2 === 0 ? `No more flood ${push}-${i}` : `he hits me ${push}-${i}` }),
      );
      answers.push(...(await env.pushOk(flooder.token, ops)));
      env.advance(35);
    }
    // Its ordinary posts stop at the phone's limit; those that look like harm have their own, smaller allowance.
    expect(answers.filter((a) => a.status === 'accepted')).toHaveLength(PER_PHONE + POSSIBLE_HARM_PER_PHONE);
    expect(answers.at(-1)).toEqual(expect.objectContaining({ status: 'rejected', code: 'too-many' }));
    // More phones join in, each up to its own limit: the queue is now longer than the old 200 cut-off.
    for (let phone = 0; phone < 4; phone++) {
      const more = await env.registerDevice(council.joinCode);
      const ops = Array.from({ length: PER_PHONE }, (_, i) => env.op('wall.post', { promptId, text: `No more crowd ${phone}-${i}` }));
      const results = [...(await env.pushOk(more.token, ops.slice(0, 30))), ...(await env.pushOk(more.token, ops.slice(30)))];
      expect(results.every((r) => r.status === 'accepted')).toBe(true);
    }
    env.advance(60_000);
    const genuine = await env.registerDevice(council.joinCode);
    const genuineId = await post(genuine, 'No more moving schools without asking me');
    const disclosureId = await post(genuine, 'my foster dad hits me');

    const pending = PER_PHONE + 4 * PER_PHONE + 1;
    const first = await list('status=pending&order=newest');
    expect(first).toEqual(expect.objectContaining({ total: pending, page: 1, pageSize: 200, order: 'newest' }));
    expect(first.posts[0]).toEqual(expect.objectContaining({ id: genuineId, samePhone: null }));
    // Oldest first (the default for the waiting queue), page by page, every post once and none cut off.
    const seen: string[] = [];
    for (let page = 1; ; page++) {
      const p = await list(`status=pending&page=${page}&pageSize=40`);
      expect(p.order).toBe('oldest');
      if (p.posts.length === 0) break;
      seen.push(...p.posts.map((x) => x.id));
    }
    expect(seen).toHaveLength(pending);
    expect(new Set(seen).size).toBe(pending);
    expect(seen.at(-1)).toBe(genuineId);
    // Flood posts are marked: how many from that phone, never which phone.
    const oldest = await list('status=pending&pageSize=5');
    expect(oldest.posts[0]?.samePhone).toEqual({ withinHour: PER_PHONE + POSSIBLE_HARM_PER_PHONE, waiting: PER_PHONE });
    expect(oldest.posts[0]?.text).toMatch(/^No more flood/);
    const body = JSON.stringify([first, oldest]);
    expect(body).not.toContain(flooder.deviceId);
    expect(body).not.toContain(flooder.token);

    // The safeguarding queue: the genuine disclosure is the first item of the first page, flood items are marked.
    const sg = await queue('?pageSize=10');
    expect(sg).toEqual(expect.objectContaining({ total: POSSIBLE_HARM_PER_PHONE + 1, waiting: POSSIBLE_HARM_PER_PHONE + 1, page: 1, pageSize: 10 }));
    expect(sg.items).toHaveLength(10);
    expect(sg.items[0]).toEqual(expect.objectContaining({ id: disclosureId, text: 'my foster dad hits me', samePhone: null }));
    expect(sg.items[1]?.samePhone).toBe(PER_PHONE + POSSIBLE_HARM_PER_PHONE);
    const all: string[] = [];
    for (let page = 1; page <= 4; page++) all.push(...(await queue(`?page=${page}&pageSize=10`)).items.map((i) => i.id));
    expect(new Set(all).size).toBe(POSSIBLE_HARM_PER_PHONE + 1);
  });

  it('hides everything still waiting from one phone in one audited go, and nothing else', async () => {
    const flooder = await env.registerDevice(council.joinCode);
    const bystander = await env.registerDevice(council.joinCode);
    const approvedId = await post(flooder, 'No more cold dinners');
    expect((await moderator('POST', `/api/v1/staff/wall/posts/${approvedId}/decision`, { action: 'approve' })).statusCode).toBe(200);
    const harmId = await post(flooder, 'my carer hits me');
    const waiting = await env.pushOk(
      flooder.token,
      Array.from({ length: 12 }, (_, i) => env.op('wall.post', { promptId, text: `spam ${i}` })),
    );
    const theirs = await post(bystander, 'No more waiting for my PEP');
    const mine = await env.pullOk(flooder.token);
    const flooded = (await list('status=pending&order=newest')).posts.find((p) => p.text === 'spam 11');
    expect(flooded?.samePhone).toEqual({ withinHour: 14, waiting: 12 });

    const res = await moderator('POST', `/api/v1/staff/wall/posts/${flooded!.id}/hide-phone`, {});
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ hidden: 12 });

    const statuses = await env.db.selectFrom('wall_posts').select(['id', 'status', 'text']).where('council_id', '=', council.id).execute();
    const status = (id: string) => statuses.find((s) => s.id === id)?.status;
    expect(statuses.filter((s) => s.text.startsWith('spam')).map((s) => s.status)).toEqual(Array(12).fill('hidden'));
    expect(status(approvedId)).toBe('published');
    // A disclosure still reaches a person.
    expect(status(harmId)).toBe('safeguarding');
    expect((await queue()).items.map((i) => i.id)).toEqual([harmId]);
    expect(status(theirs)).toBe('pending');

    // One audit entry with the count: no words, no phone.
    const entries = await env.db
      .selectFrom('audit_log')
      .selectAll()
      .where('council_id', '=', council.id)
      .where('action', '=', 'wall.post.hide-phone')
      .execute();
    expect(entries).toHaveLength(1);
    const entry = entries[0]!;
    expect(entry).toEqual(expect.objectContaining({ entity: 'wall_post', entity_id: flooded!.id, staff_id: expect.any(String) }));
    expect(JSON.parse(entry.detail)).toEqual({ count: 12 });
    expect(JSON.stringify(entry)).not.toMatch(/spam|hits|cold/);
    expect(JSON.stringify(entry)).not.toContain(flooder.deviceId);

    // The phone hears it: its posts are kept private, kindly.
    const after = await env.pullOk(flooder.token, mine.cursor);
    const items = live<MyItem>(after.changes.myItems);
    expect(items).toHaveLength(12);
    expect(new Set(items.map((i) => `${i.state}/${i.reason ?? ''}`))).toEqual(new Set(['kept-private/not-suitable']));
    expect(waiting.every((w) => items.some((i) => i.id === w.id))).toBe(true);

    // Again: nothing left to hide, and still one entry per action.
    expect((await moderator('POST', `/api/v1/staff/wall/posts/${flooded!.id}/hide-phone`, {})).json()).toEqual({ hidden: 0 });
  });

  it('checks council, role, CSRF and input on the paged lists and the bulk hide, changing nothing when refused', async () => {
    const flooder = await env.registerDevice(council.joinCode);
    const id = await post(flooder, 'No more being moved at night');
    const elsewhere = await env.createCouncil({ name: 'Elsewhere' });
    const theirs = await env.createStaff(elsewhere.id, { roles: ['moderator', 'admin'] });
    const them = env.staff(await env.signInStaff(theirs.email, theirs.password));
    const moderation = async () => {
      const rows = await env.db
        .selectFrom('audit_log')
        .select('action')
        .where((eb) => eb.or([eb('action', 'like', 'wall.%'), eb('action', 'like', 'safeguarding.%')]))
        .execute();
      return { audit: rows.length, ...(await env.counts('change_log')) };
    };
    const before = await moderation();

    expect((await them('GET', '/api/v1/staff/wall/posts?status=pending')).json()).toEqual(expect.objectContaining({ posts: [], total: 0 }));
    expectErrorBody(await them('POST', `/api/v1/staff/wall/posts/${id}/hide-phone`, {}), 404, 'not-found');
    for (const role of ['iro', 'complaints'] as const) {
      const member = await env.createStaff(council.id, { roles: [role] });
      const as = env.staff(await env.signInStaff(member.email, member.password));
      expectErrorBody(await as('GET', '/api/v1/staff/wall/posts?status=pending'), 403);
      expectErrorBody(await as('POST', `/api/v1/staff/wall/posts/${id}/hide-phone`, {}), 403);
    }
    expectErrorBody(await env.app.inject({ method: 'POST', url: `/api/v1/staff/wall/posts/${id}/hide-phone`, payload: {} }), 401);
    expectErrorBody(await moderator('POST', `/api/v1/staff/wall/posts/${id}/hide-phone`, {}, { csrf: false }), 403, 'csrf');
    expectErrorBody(await moderator('POST', `/api/v1/staff/wall/posts/${'x'.repeat(65)}/hide-phone`, {}), 400, 'invalid-input');
    expectErrorBody(await moderator('POST', '/api/v1/staff/wall/posts/00000000-0000-4000-8000-000000000000/hide-phone', {}), 404, 'not-found');
    for (const query of ['page=0', 'page=abc', 'pageSize=201', 'pageSize=0', 'order=sideways', 'status=safeguarding', 'page=1.5']) {
      expectErrorBody(await moderator('GET', `/api/v1/staff/wall/posts?${query}`), 400, 'invalid-input');
    }
    for (const query of ['?page=0', '?pageSize=500', '?page=x']) {
      expectErrorBody(await moderator('GET', `/api/v1/staff/safeguarding${query}`), 400, 'invalid-input');
    }
    expect(await moderation()).toEqual(before);
    expect((await env.db.selectFrom('wall_posts').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status).toBe('pending');
    // A page past the end is empty, with the total, so the screen can go back.
    expect(await list('status=pending&page=9')).toEqual(expect.objectContaining({ posts: [], total: 1, page: 9 }));
  });
});
