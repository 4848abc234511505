// The safeguarding queue, paged (issue 7, section 4), on SQLite and PostgreSQL: items still waiting for someone to act
// first, then those dealt with, each newest first, with the totals; never cut off; items from a phone that sent
// many within an hour are marked, without naming the phone; every look is audited with what was shown.
import { beforeEach, expect, it } from 'vitest';
import type { SafeguardingPage } from '../../src/shared/safeguarding';
import type { StaffPollView } from '../../src/shared/feed-staff';
import type { WallPrompt } from '../../src/shared/wall';
import { SAME_PHONE_MARK_AT } from '../../src/server/lib/same-phone';
import { describeOnDatabases, expectErrorBody, type ApiEnv, type Device } from '../fixtures/api-harness';

describeOnDatabases('safeguarding queue, paged', (harness) => {
  let env: ApiEnv;
  let council: Awaited<ReturnType<ApiEnv['createCouncil']>>;
  let moderator: ReturnType<ApiEnv['staff']>;
  let promptId: string;

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

  it('pages the safeguarding queue with waiting items first, each part newest first', async () => {
    const phone = await env.registerDevice(council.joinCode);
    const part = await env.createStaff(council.id, { roles: ['participation'] });
    const poll = await env.staff(await env.signInStaff(part.email, part.password))('POST', '/api/v1/staff/polls', {
      term: 'contact',
      question: { en: 'What should we call contact?' },
      options: ['Family Time', 'Contact'],
    });
    const pollId = (poll.json() as StaffPollView).id;
    const made: string[] = [];
    for (let i = 0; i < 7; i++) {
      env.advance(60_000);
      if (i % 3 === 2) {
        const [r] = await env.pushOk(phone.token, [env.op('poll.suggest', { pollId, label: `someone hurts me ${i}` })]);
        made.push(r!.ref!);
      } else {
        made.push(await post(phone, `my carer hits me ${i}`));
      }
    }
    const dealt = made[6]!;
    const recorded = await moderator('POST', '/api/v1/staff/safeguarding/actions', { kind: 'wall-post', id: dealt, note: 'Told the duty team.' });
    expect(recorded.statusCode, recorded.body).toBe(201);

    const pages = [await queue('?pageSize=3'), await queue('?page=2&pageSize=3'), await queue('?page=3&pageSize=3')];
    expect(pages.map((p) => [p.total, p.waiting, p.items.length])).toEqual([
      [7, 6, 3],
      [7, 6, 3],
      [7, 6, 1],
    ]);
    // Newest waiting first; the one dealt with last.
    expect(pages.flatMap((p) => p.items.map((i) => i.id))).toEqual([...made.slice(0, 6).reverse(), dealt]);
    expect(pages[0]!.items.map((i) => i.kind)).toEqual(['poll-suggestion', 'wall-post', 'wall-post']);
    // Seven within an hour from one phone: marked, by kind (five posts, two ideas).
    expect(pages[0]!.items.map((i) => i.samePhone)).toEqual([null, SAME_PHONE_MARK_AT, SAME_PHONE_MARK_AT]);
    // Every look is audited with what was shown, never the words.
    const views = await env.db
      .selectFrom('audit_log')
      .select('detail')
      .where('council_id', '=', council.id)
      .where('action', '=', 'safeguarding.view')
      .execute();
    expect(JSON.parse(views.at(-1)!.detail)).toEqual({ page: 3, shown: 1, total: 7, waiting: 6 });
  });

  it('refuses bad paging with a 4xx, auditing nothing, and shows another council nothing', async () => {
    const phone = await env.registerDevice(council.joinCode);
    await post(phone, 'my carer hits me');
    const views = async () => (await env.db.selectFrom('audit_log').select('id').where('action', '=', 'safeguarding.view').execute()).length;
    const before = await views();
    for (const query of ['?page=0', '?page=x', '?pageSize=0', '?pageSize=101', '?page=1.5']) {
      expectErrorBody(await moderator('GET', `/api/v1/staff/safeguarding${query}`), 400, 'invalid-input');
    }
    expect(await views()).toBe(before);
    // A page past the end: no items, the totals, so the screen can go back.
    expect(await queue('?page=5')).toEqual({ items: [], total: 1, waiting: 1, page: 5, pageSize: 50 });
    const elsewhere = await env.createCouncil({ name: 'Elsewhere' });
    const theirs = await env.createStaff(elsewhere.id, { roles: ['moderator'] });
    const them = env.staff(await env.signInStaff(theirs.email, theirs.password));
    expect((await them('GET', '/api/v1/staff/safeguarding')).json()).toEqual({ items: [], total: 0, waiting: 0, page: 1, pageSize: 50 });
  });
});
