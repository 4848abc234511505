// One phone cannot flood the queues (issue 7, section 4), on SQLite and PostgreSQL: what a phone, and every phone with
// one join code together, can create per hour is limited; past the limit an op is rejected 'too-many' and kept as
// that answer; a repeat of an accepted op is still 'duplicate'; the limit holds under concurrent pushes; the counts
// hold nothing but counts and go after a day. Words that may be a disclosure of harm are counted but never refused.
import { beforeEach, expect, it } from 'vitest';
import type { OpResult } from '../../src/shared/protocol';
import type { WallPrompt } from '../../src/shared/wall';
import type { StaffPollView } from '../../src/shared/feed-staff';
import type { SafeguardingItemView } from '../../src/shared/safeguarding';
import { POSSIBLE_HARM_PER_PHONE, QUOTAS, quotaHour, sweepQuotas, type QuotaLimits } from '../../src/server/sync/quota';
import { describeOnDatabases, type ApiEnv, type Device, type TestOp } from '../fixtures/api-harness';

// Both limits are set for these kinds (a kind may have only a council limit).
const WALL = QUOTAS['wall.post'] as Required<QuotaLimits>;
const IDEAS = QUOTAS['poll.suggest'] as Required<QuotaLimits>;
const HOUR = 60 * 60_000;

const tally = (results: readonly OpResult[]) => {
  const out: Record<string, number> = {};
  for (const r of results) {
    const key = r.status === 'rejected' ? `rejected:${r.code ?? ''}` : r.status;
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
};

describeOnDatabases('flood: quotas on what phones create', (harness) => {
  let env: ApiEnv;
  let council: Awaited<ReturnType<ApiEnv['createCouncil']>>;
  let flooder: Device;
  let promptId: string;
  let moderator: ReturnType<ApiEnv['staff']>;

  const posts = (n: number, label: string): TestOp[] => Array.from({ length: n }, (_, i) => env.op('wall.post', { promptId, text: `${label} ${i}` }));

  beforeEach(async () => {
    env = harness();
    council = await env.createCouncil({ name: 'Floodshire' });
    flooder = await env.registerDevice(council.joinCode);
    const mod = await env.createStaff(council.id, { roles: ['moderator'] });
    moderator = env.staff(await env.signInStaff(mod.email, mod.password));
    const res = await moderator('POST', '/api/v1/staff/wall/prompts', { kind: 'no-more', text: { en: 'No more…' } });
    promptId = (res.json() as WallPrompt).id;
  });

  it('accepts what a busy young person sends, then answers too-many for the rest of a 40 × 50 flood, for good', async () => {
    const sent: TestOp[] = [];
    const results: OpResult[] = [];
    for (let push = 0; push < 40; push++) {
      const batch = posts(50, `flood ${push}`);
      sent.push(...batch);
      results.push(...(await env.pushOk(flooder.token, batch)));
    }
    expect(tally(results)).toEqual({ accepted: WALL.perDevice, 'rejected:too-many': 2000 - WALL.perDevice });
    // The first ones in are the ones accepted; the message says what to do, in plain words.
    expect(results.slice(0, WALL.perDevice).every((r) => r.status === 'accepted')).toBe(true);
    expect(results[WALL.perDevice]).toEqual(
      expect.objectContaining({ status: 'rejected', code: 'too-many', message: expect.stringMatching(/wait a while/i) }),
    );
    const made = await env.db
      .selectFrom('wall_posts')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('council_id', '=', council.id)
      .executeTakeFirstOrThrow();
    expect(Number(made.n)).toBe(WALL.perDevice);

    // A repeat of an accepted op is 'duplicate', never a quota answer; a repeat of a refused one keeps its answer.
    const again = await env.pushOk(flooder.token, [sent[0]!, sent[1999]!]);
    expect(again.map((r) => [r.status, r.code])).toEqual([
      ['duplicate', undefined],
      ['rejected', 'too-many'],
    ]);

    // Another phone with the same code is not held back by this one.
    const friend = await env.registerDevice(council.joinCode);
    expect(tally(await env.pushOk(friend.token, posts(3, 'mine')))).toEqual({ accepted: 3 });

    // An hour later the phone can post again.
    env.advance(HOUR);
    expect(tally(await env.pushOk(flooder.token, posts(2, 'later')))).toEqual({ accepted: 2 });
  });

  it('limits every phone with one join code together, and counts only what was accepted', async () => {
    // The council has already made all but two of its posts this hour (as at a very big event).
    await env.db
      .insertInto('op_quotas')
      .values({ scope: 'council', subject_id: council.id, kind: 'wall.post', hour: quotaHour(env.now()), count: WALL.perCouncil - 2 })
      .execute();
    // A post to a prompt that does not exist is rejected for that reason, and is not counted.
    const wrong = env.op('wall.post', { promptId: '00000000-0000-4000-8000-00000000dead', text: 'lost' });
    expect((await env.pushOk(flooder.token, [wrong]))[0]?.code).toBe('not-found');
    const others = [await env.registerDevice(council.joinCode), await env.registerDevice(council.joinCode)];
    expect(tally(await env.pushOk(others[0]!.token, posts(1, 'a')))).toEqual({ accepted: 1 });
    expect(tally(await env.pushOk(others[1]!.token, posts(2, 'b')))).toEqual({ accepted: 1, 'rejected:too-many': 1 });
    const refused = await env.pushOk(flooder.token, posts(1, 'c'));
    expect(refused[0]).toEqual(expect.objectContaining({ code: 'too-many', message: expect.stringMatching(/join code/) }));

    // Another council is not affected.
    const elsewhere = await env.createCouncil({ name: 'Elsewhere' });
    const theirs = await env.registerDevice(elsewhere.joinCode);
    const mod = await env.createStaff(elsewhere.id, { roles: ['moderator'] });
    const prompt = await env.staff(await env.signInStaff(mod.email, mod.password))('POST', '/api/v1/staff/wall/prompts', {
      kind: 'yes-more',
      text: { en: 'Yes more…' },
    });
    const theirPrompt = (prompt.json() as WallPrompt).id;
    expect((await env.pushOk(theirs.token, [env.op('wall.post', { promptId: theirPrompt, text: 'Yes more trips' })]))[0]?.status).toBe('accepted');

    // The counts: how many per phone or council, kind and hour, and nothing else.
    const rows = await env.db.selectFrom('op_quotas').selectAll().where('kind', '=', 'wall.post').execute();
    const device = (id: string) => rows.find((r) => r.scope === 'device' && r.subject_id === id)?.count;
    expect(device(flooder.deviceId)).toBeUndefined();
    expect(device(others[0]!.deviceId)).toBe(1);
    expect(device(others[1]!.deviceId)).toBe(1);
    expect(rows.find((r) => r.scope === 'council' && r.subject_id === council.id)?.count).toBe(WALL.perCouncil);
    expect(Object.keys(rows[0]!).sort()).toEqual(['count', 'hour', 'kind', 'scope', 'subject_id']);
  });

  it('holds the limit exactly when one phone pushes many batches at once', async () => {
    const batches = Array.from({ length: 6 }, (_, i) => posts(20, `at once ${i}`));
    const answers = await Promise.all(batches.map((b) => env.pushOk(flooder.token, b)));
    expect(tally(answers.flat())).toEqual({ accepted: WALL.perDevice, 'rejected:too-many': 120 - WALL.perDevice });
    const made = await env.db
      .selectFrom('wall_posts')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('device_id', '=', flooder.deviceId)
      .executeTakeFirstOrThrow();
    expect(Number(made.n)).toBe(WALL.perDevice);
  });

  it('holds the join code limit exactly when many phones push at once', async () => {
    await env.db
      .insertInto('op_quotas')
      .values({ scope: 'council', subject_id: council.id, kind: 'wall.post', hour: quotaHour(env.now()), count: WALL.perCouncil - 25 })
      .execute();
    const phones = await Promise.all(Array.from({ length: 8 }, () => env.registerDevice(council.joinCode)));
    const answers = await Promise.all(phones.map((p) => env.pushOk(p.token, posts(10, 'crowd'))));
    expect(tally(answers.flat())).toEqual({ accepted: 25, 'rejected:too-many': 55 });
    const made = await env.db
      .selectFrom('wall_posts')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('council_id', '=', council.id)
      .executeTakeFirstOrThrow();
    expect(Number(made.n)).toBe(25);
  });

  it('limits name ideas per phone too, and leaves votes and me-toos alone', async () => {
    const part = await env.createStaff(council.id, { roles: ['participation'] });
    const poll = await env.staff(await env.signInStaff(part.email, part.password))('POST', '/api/v1/staff/polls', {
      term: 'contact',
      question: { en: 'What should we call contact?' },
      options: ['Family Time', 'Contact'],
    });
    const pollId = (poll.json() as StaffPollView).id;
    const ideas = Array.from({ length: IDEAS.perDevice + 5 }, (_, i) => env.op('poll.suggest', { pollId, label: `Idea ${i}` }));
    expect(tally(await env.pushOk(flooder.token, ideas))).toEqual({ accepted: IDEAS.perDevice, 'rejected:too-many': 5 });
    // Wall posts have their own count.
    expect(tally(await env.pushOk(flooder.token, posts(2, 'still')))).toEqual({ accepted: 2 });
    expect(QUOTAS['poll.vote']).toBeUndefined();
    expect(QUOTAS['wall.metoo']).toBeUndefined();
  });

  /** Uses up this hour's count of a kind for the phone and for its whole join code. */
  const useUp = async (kind: 'wall.post' | 'poll.suggest', limits: Required<QuotaLimits>) => {
    const hour = quotaHour(env.now());
    await env.db
      .insertInto('op_quotas')
      .values([
        { scope: 'device', subject_id: flooder.deviceId, kind, hour, count: limits.perDevice },
        { scope: 'council', subject_id: council.id, kind, hour, count: limits.perCouncil },
      ])
      .execute();
  };
  const counts = async (kind: string) => {
    const rows = await env.db
      .selectFrom('op_quotas')
      .select(['scope', 'count'])
      .where('kind', '=', kind)
      .where('subject_id', 'in', [flooder.deviceId, council.id])
      .execute();
    return Object.fromEntries(rows.map((r) => [r.scope, Number(r.count)]));
  };
  const safeguardingIds = async () => {
    const res = await moderator('GET', '/api/v1/staff/safeguarding');
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { items: SafeguardingItemView[] }).items.map((i) => i.id);
  };

  it('never refuses a post that may be a disclosure, with the phone and the join code used up; it is still counted', async () => {
    await useUp('wall.post', WALL);
    const [ordinary] = await env.pushOk(flooder.token, [env.op('wall.post', { promptId, text: 'No more long meetings' })]);
    expect(ordinary).toEqual(expect.objectContaining({ status: 'rejected', code: 'too-many' }));

    // The server's own check flags this one; the second only the phone's check did.
    const [disclosure, flagged] = await env.pushOk(flooder.token, [
      env.op('wall.post', { promptId, text: 'my stepdad hits me and I want to kill myself' }),
      env.op('wall.post', { promptId, text: 'No more going back there', flaggedOnDevice: true }),
    ]);
    expect(disclosure?.status).toBe('accepted');
    expect(flagged?.status).toBe('accepted');
    expect(await safeguardingIds()).toEqual(expect.arrayContaining([disclosure?.ref, flagged?.ref]));
    const pending = await moderator('GET', '/api/v1/staff/wall/posts?status=pending');
    expect((pending.json() as { posts: unknown[] }).posts).toEqual([]);
    // Counted against their own allowance per phone, not the ordinary one (nor the council's).
    expect(await counts('wall.post')).toEqual({ device: WALL.perDevice, council: WALL.perCouncil });
    expect(await counts('wall.post:possible-harm')).toEqual({ device: 2 });

    // Ordinary posts are still refused afterwards, and nothing of theirs was stored.
    expect(tally(await env.pushOk(flooder.token, posts(2, 'more')))).toEqual({ 'rejected:too-many': 2 });
    const made = await env.db.selectFrom('wall_posts').select('status').where('council_id', '=', council.id).execute();
    expect(made.map((p) => p.status)).toEqual(['safeguarding', 'safeguarding']);
  });

  it('never refuses a name idea that may be a disclosure, with the phone and the join code used up', async () => {
    const part = await env.createStaff(council.id, { roles: ['participation'] });
    const poll = await env.staff(await env.signInStaff(part.email, part.password))('POST', '/api/v1/staff/polls', {
      term: 'contact',
      question: { en: 'What should we call contact?' },
      options: ['Family Time', 'Contact'],
    });
    const pollId = (poll.json() as StaffPollView).id;
    await useUp('poll.suggest', IDEAS);
    const [ordinary, disclosure, flagged] = await env.pushOk(flooder.token, [
      env.op('poll.suggest', { pollId, label: 'Catch up time' }),
      env.op('poll.suggest', { pollId, label: 'he hits me at contact' }),
      env.op('poll.suggest', { pollId, label: 'Seeing them', flaggedOnDevice: true }),
    ]);
    expect(ordinary).toEqual(expect.objectContaining({ status: 'rejected', code: 'too-many' }));
    expect(disclosure?.status).toBe('accepted');
    expect(flagged?.status).toBe('accepted');
    expect(await safeguardingIds()).toEqual(expect.arrayContaining([disclosure?.ref, flagged?.ref]));
    expect(await counts('poll.suggest')).toEqual({ device: IDEAS.perDevice, council: IDEAS.perCouncil });
    expect(await counts('poll.suggest:possible-harm')).toEqual({ device: 2 });
  });

  it('gives posts that may be about harm one allowance of their own per phone, so a script cannot bury the safeguarding queue', async () => {
    const harm = Array.from({ length: POSSIBLE_HARM_PER_PHONE + 5 }, (_, i) => env.op('wall.post', { promptId, text: `he hits me ${i}` }));
    expect(tally(await env.pushOk(flooder.token, harm))).toEqual({ accepted: POSSIBLE_HARM_PER_PHONE, 'rejected:too-many': 5 });
    // Another phone's disclosure is not held back by it.
    const genuine = await env.registerDevice(council.joinCode);
    const [other] = await env.pushOk(genuine.token, [env.op('wall.post', { promptId, text: 'my carer hits me' })]);
    expect(other?.status).toBe('accepted');
  });

  it('forgets the counts after about a day', async () => {
    await env.pushOk(flooder.token, posts(2, 'today'));
    const count = async () => (await env.db.selectFrom('op_quotas').select('hour').where('subject_id', '=', flooder.deviceId).execute()).length;
    expect(await count()).toBe(1);
    await sweepQuotas(env.db, new Date(env.now().getTime() + 20 * HOUR));
    expect(await count()).toBe(1);
    await sweepQuotas(env.db, new Date(env.now().getTime() + 26 * HOUR));
    expect(await count()).toBe(0);
  });
});
