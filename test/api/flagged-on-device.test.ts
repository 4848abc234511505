// The phone's own safety check counts on the server, on SQLite and PostgreSQL. When the phone flagged a post or a name
// idea (and so told the young person "it won't go on the wall"), it says so in the op (flaggedOnDevice), and the server
// keeps the words private even where its own check does not flag them (other council words, another app version): they
// go to the safeguarding queue, never to moderation, and cannot be approved. A phone that leaves the field out (an
// older app) is judged by the server's check alone, and the field must be a true or false.
import { beforeEach, expect, it } from 'vitest';
import type { StaffPollView } from '../../src/shared/feed-staff';
import type { MyItem } from '../../src/shared/my-items';
import type { SafeguardingItemView } from '../../src/shared/safeguarding';
import { assessText } from '../../src/shared/safety/assess-text';
import type { WallPrompt } from '../../src/shared/wall';
import { describeOnDatabases, expectErrorBody, type ApiEnv, type Device } from '../fixtures/api-harness';

// Words no check would flag: only the phone's flag can send them to safeguarding.
const PLAIN_POST = 'No more moving rooms without asking';
const PLAIN_IDEA = 'Catch up time';

describeOnDatabases('the phone flagged it: kept private on the server too', (harness) => {
  let env: ApiEnv;
  let councilId: string;
  let young: Device;
  let moderator: ReturnType<ApiEnv['staff']>;
  let participation: ReturnType<ApiEnv['staff']>;
  let promptId: string;
  let pollId: string;

  const safeguardingIds = async () => {
    const res = await moderator('GET', '/api/v1/staff/safeguarding');
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { items: SafeguardingItemView[] }).items.map((i) => i.id);
  };
  const pendingPostIds = async () => {
    const res = await moderator('GET', '/api/v1/staff/wall/posts?status=pending');
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { posts: { id: string }[] }).posts.map((p) => p.id);
  };
  const myItem = async (opId: string) => {
    const pulled = await env.pullOk(young.token);
    return (pulled.changes.myItems as MyItem[] | undefined)?.find((i) => i.id === opId);
  };

  beforeEach(async () => {
    env = harness();
    const council = await env.createCouncil({ name: 'Flagshire' });
    councilId = council.id;
    young = await env.registerDevice(council.joinCode);
    const mod = await env.createStaff(council.id, { roles: ['moderator'] });
    moderator = env.staff(await env.signInStaff(mod.email, mod.password));
    const prompt = await moderator('POST', '/api/v1/staff/wall/prompts', { kind: 'no-more', text: { en: 'No more…' } });
    promptId = (prompt.json() as WallPrompt).id;
    const part = await env.createStaff(council.id, { roles: ['participation'] });
    participation = env.staff(await env.signInStaff(part.email, part.password));
    const poll = await participation('POST', '/api/v1/staff/polls', {
      term: 'contact',
      question: { en: 'What should we call contact?' },
      options: ['Family Time', 'Contact'],
    });
    pollId = (poll.json() as StaffPollView).id;
  });

  it('the server check alone would not flag these words', () => {
    expect(assessText(PLAIN_POST).disclosure).toBe(false);
    expect(assessText(PLAIN_IDEA).disclosure).toBe(false);
  });

  it('sends a flagged post to the safeguarding queue, never to moderation, and it cannot be approved', async () => {
    const op = env.op('wall.post', { promptId, text: PLAIN_POST, flaggedOnDevice: true });
    const [result] = await env.pushOk(young.token, [op]);
    expect(result?.status).toBe('accepted');
    const postId = result?.ref ?? '';
    expect(await safeguardingIds()).toEqual([postId]);
    expect(await pendingPostIds()).toEqual([]);
    expectErrorBody(
      await moderator('POST', `/api/v1/staff/wall/posts/${postId}/decision`, { action: 'approve', confirmNoDetails: true }),
      409,
      'safeguarding',
    );
    // The phone is told the same as for any possible disclosure: kept private, for safeguarding.
    expect(await myItem(op.id)).toEqual(expect.objectContaining({ state: 'kept-private', reason: 'safeguarding' }));
    const row = await env.db.selectFrom('wall_posts').select(['status', 'flags']).where('id', '=', postId).executeTakeFirstOrThrow();
    expect(row.status).toBe('safeguarding');
    expect(JSON.parse(row.flags)).toEqual(expect.objectContaining({ disclosure: true, flaggedOnDevice: true }));
  });

  it('sends a flagged name idea to the safeguarding queue, and it cannot join the poll', async () => {
    const op = env.op('poll.suggest', { pollId, label: PLAIN_IDEA, flaggedOnDevice: true });
    const [result] = await env.pushOk(young.token, [op]);
    expect(result?.status).toBe('accepted');
    const optionId = result?.ref ?? '';
    expect(await safeguardingIds()).toEqual([optionId]);
    expectErrorBody(
      await participation('POST', `/api/v1/staff/polls/${pollId}/options/${optionId}/decision`, { action: 'approve', confirmDoubt: true }),
      409,
      'safeguarding',
    );
    expect(await myItem(op.id)).toEqual(expect.objectContaining({ state: 'kept-private', reason: 'safeguarding' }));
  });

  it('judges a post by the server check alone when the phone leaves the field out or says false', async () => {
    const [older, unflagged] = await env.pushOk(young.token, [
      env.op('wall.post', { promptId, text: PLAIN_POST }),
      env.op('wall.post', { promptId, text: `${PLAIN_POST} again`, flaggedOnDevice: false }),
    ]);
    expect(await pendingPostIds()).toEqual(expect.arrayContaining([older?.ref, unflagged?.ref]));
    expect(await safeguardingIds()).toEqual([]);
    // The phone's false never makes words the server flags less private.
    const [disclosure] = await env.pushOk(young.token, [
      env.op('wall.post', { promptId, text: 'my carer hits me when nobody is looking', flaggedOnDevice: false }),
    ]);
    expect(await safeguardingIds()).toEqual([disclosure?.ref]);
  });

  it('refuses a flag that is not true or false, and stores nothing', async () => {
    const [post, idea] = await env.pushOk(young.token, [
      env.op('wall.post', { promptId, text: PLAIN_POST, flaggedOnDevice: 'yes' as unknown as boolean }),
      env.op('poll.suggest', { pollId, label: PLAIN_IDEA, flaggedOnDevice: 1 as unknown as boolean }),
    ]);
    expect([post?.code, idea?.code]).toEqual(['invalid-payload', 'invalid-payload']);
    expect(await env.db.selectFrom('wall_posts').select('id').where('council_id', '=', councilId).execute()).toEqual([]);
  });
});
