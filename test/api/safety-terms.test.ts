// A council's own safety words on SQLite and PostgreSQL: staff who work the safeguarding queue add and remove them
// (audited, with the word), a post that uses one goes to the safeguarding queue instead of moderation, phones get the
// list with their council, and role, council and input are checked — bad input changes nothing.
import { beforeEach, expect, it } from 'vitest';
import type { CouncilPublic } from '../../src/shared/council';
import type { SafetyTermList, SafetyTermRecord } from '../../src/shared/safety-terms';
import type { WallPrompt } from '../../src/shared/wall';
import { describeOnDatabases, expectErrorBody, type ApiEnv, type Device } from '../fixtures/api-harness';

describeOnDatabases('council safety words', (harness) => {
  let env: ApiEnv;
  let council: Awaited<ReturnType<ApiEnv['createCouncil']>>;
  let young: Device;
  let moderator: ReturnType<ApiEnv['staff']>;
  let promptId: string;

  const statusOf = async (id: string) =>
    (
      await env.db
        .selectFrom('wall_posts')
        .select('status')
        .where((eb) => eb.or([eb('id', '=', id), eb('op_id', '=', id)]))
        .executeTakeFirstOrThrow()
    ).status;

  beforeEach(async () => {
    env = harness();
    council = await env.createCouncil({ name: 'Slangshire' });
    young = await env.registerDevice(council.joinCode);
    const mod = await env.createStaff(council.id, { roles: ['moderator'], name: 'Morgan' });
    moderator = env.staff(await env.signInStaff(mod.email, mod.password));
    const prompt = await moderator('POST', '/api/v1/staff/wall/prompts', { kind: 'no-more', text: { en: 'No more…' } });
    promptId = (prompt.json() as WallPrompt).id;
  });

  it('a word added by staff sends posts that use it to the safeguarding queue, and reaches the phone with its council', async () => {
    const before = env.op('wall.post', { promptId, text: 'No more being sent on a pebble run' });
    await env.pushOk(young.token, [before]);
    expect(await statusOf(before.id)).toBe('pending');
    const first = await env.pullOk(young.token);

    const added = await moderator('POST', '/api/v1/staff/safety-terms', {
      term: '  pebble  Run ',
      category: 'criminal-exploitation',
      language: 'en',
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toEqual(
      expect.objectContaining({ term: 'pebble Run', category: 'criminal-exploitation', language: 'en', addedBy: 'Morgan' }),
    );

    // Mixed case, extra spaces and look-alike letters are matched as the lexicon's own words are.
    const after = env.op('wall.post', { promptId, text: 'they keep sending me on a P3BBLE   RUN' });
    await env.pushOk(young.token, [after]);
    expect(await statusOf(after.id)).toBe('safeguarding');

    const next = await env.pullOk(young.token, first.cursor);
    const councils = (next.changes.council ?? []) as CouncilPublic[];
    expect(councils.at(-1)?.safetyTerms).toEqual([{ term: 'pebble Run', category: 'criminal-exploitation', language: 'en' }]);

    const audit = await env.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('entity_id', '=', (added.json() as SafetyTermRecord).id)
      .execute();
    expect(audit).toEqual([{ action: 'safety-term.add', detail: expect.stringContaining('pebble Run') }]);
  });

  it('removes a word (audited), after which it no longer decides where a post goes', async () => {
    const added = (
      await moderator('POST', '/api/v1/staff/safety-terms', { term: 'pebble run', category: 'criminal-exploitation', language: 'en' })
    ).json() as SafetyTermRecord;
    const removed = await moderator('DELETE', `/api/v1/staff/safety-terms/${added.id}`);
    expect(removed.statusCode, removed.body).toBe(204);
    expect(((await moderator('GET', '/api/v1/staff/safety-terms')).json() as SafetyTermList).terms).toEqual([]);
    const post = env.op('wall.post', { promptId, text: 'No more being sent on a pebble run' });
    await env.pushOk(young.token, [post]);
    expect(await statusOf(post.id)).toBe('pending');
    const actions = await env.db.selectFrom('audit_log').select('action').where('entity_id', '=', added.id).orderBy('id').execute();
    expect(actions.map((a) => a.action)).toEqual(['safety-term.add', 'safety-term.remove']);
  });

  it('refuses bad input, a word already listed, other roles and other councils — and changes nothing', async () => {
    await moderator('POST', '/api/v1/staff/safety-terms', { term: 'plugging', category: 'criminal-exploitation', language: 'en' });
    const mine = ((await moderator('GET', '/api/v1/staff/safety-terms')).json() as SafetyTermList).terms[0]!;
    const others = [];
    for (const role of ['iro', 'complaints'] as const) {
      const s = await env.createStaff(council.id, { roles: [role] });
      others.push(env.staff(await env.signInStaff(s.email, s.password)));
    }
    // Another council's admin sees none of this council's words and cannot remove them.
    const elsewhere = await env.createCouncil({ name: 'Othershire' });
    const admin = await env.createStaff(elsewhere.id, { roles: ['admin'] });
    const otherAdmin = env.staff(await env.signInStaff(admin.email, admin.password));
    const before = await env.counts('safety_terms', 'audit_log', 'change_log');

    for (const body of [
      { term: 'a', category: 'suicide', language: 'en' },
      { term: '12', category: 'suicide', language: 'en' },
      { term: 'x'.repeat(61), category: 'suicide', language: 'en' },
      { term: 'fine', category: 'not-a-category', language: 'en' },
      { term: 'fine', category: 'suicide', language: 'fr' },
      { term: 'fine', category: 'suicide' },
    ]) {
      expectErrorBody(await moderator('POST', '/api/v1/staff/safety-terms', body), 400);
    }
    expectErrorBody(
      await moderator('POST', '/api/v1/staff/safety-terms', { term: 'PLUGGING ', category: 'suicide', language: 'en' }),
      409,
      'already-exists',
    );
    expectErrorBody(await moderator('DELETE', '/api/v1/staff/safety-terms/no-such-word'), 404);
    expectErrorBody(
      await moderator('POST', '/api/v1/staff/safety-terms', { term: 'fine', category: 'suicide', language: 'en' }, { csrf: false }),
      403,
    );
    for (const other of others) {
      expectErrorBody(await other('GET', '/api/v1/staff/safety-terms'), 403);
      expectErrorBody(await other('POST', '/api/v1/staff/safety-terms', { term: 'fine', category: 'suicide', language: 'en' }), 403);
      expectErrorBody(await other('DELETE', `/api/v1/staff/safety-terms/${mine.id}`), 403);
    }
    expectErrorBody(await env.app.inject({ method: 'GET', url: '/api/v1/staff/safety-terms' }), 401);
    expect(((await otherAdmin('GET', '/api/v1/staff/safety-terms')).json() as SafetyTermList).terms).toEqual([]);
    expectErrorBody(await otherAdmin('DELETE', `/api/v1/staff/safety-terms/${mine.id}`), 404);

    expect(await env.counts('safety_terms', 'audit_log', 'change_log')).toEqual(before);
  });
});
