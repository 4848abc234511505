// Nothing a phone or a member of staff sends may answer 5xx (a phone retries a 5xx for ever), and an answer of 4xx, or
// a refused op, changes nothing. fast-check drives every route in the real route table (new routes are included
// without editing this file) with valid bodies that have one or two fields swapped for awkward values: empty strings,
// blanks, huge numbers, wrong types, ids of another council's rows, ids that do not exist. Op ids are also drawn from
// existing row ids, which once clashed with the rows' primary keys. Runs on SQLite and PostgreSQL.
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { newId } from '../../src/shared/ids';
import { OP_TYPES, PROTOCOL_VERSION } from '../../src/shared/protocol';
import { routes } from '../../src/server/routes';
import { describeOnDatabases, nextAddress, type ApiEnv, type Device } from '../fixtures/api-harness';

type Json = unknown;
interface World {
  council: Awaited<ReturnType<ApiEnv['createCouncil']>>;
  elsewhere: Awaited<ReturnType<ApiEnv['createCouncil']>>;
  device: Device;
  staff: ReturnType<ApiEnv['staff']>;
  /** Ids of real rows, in this council and in the other one. */
  ids: Record<string, string>;
}

const RUNS = Number(process.env.FUZZ_RUNS ?? 120);
/** Tables whose rows a refused request may legitimately touch: counters that are the refusal itself. */
const COUNTERS = new Set(['rate_limits', 'sign_in_throttle', 'kysely_migration', 'kysely_migration_lock']);

async function tableNames(env: ApiEnv): Promise<string[]> {
  const rows =
    env.kind === 'sqlite'
      ? await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(env.db)
      : await sql<{ name: string }>`select tablename as name from pg_tables where schemaname = current_schema()`.execute(env.db);
  return rows.rows
    .map((r) => r.name)
    .filter((n) => !COUNTERS.has(n))
    .sort();
}

/** Row counts of every table in one query (names come from the database's own catalog). */
async function snapshot(env: ApiEnv, tables: string[]): Promise<Record<string, number>> {
  const query = tables.map((t) => `select '${t}' as name, count(*) as n from "${t}"`).join(' union all ');
  const rows = await sql<{ name: string; n: number | string }>`${sql.raw(query)}`.execute(env.db);
  return Object.fromEntries(rows.rows.map((r) => [r.name, Number(r.n)]));
}

/** The values that have broken servers like this one: every field of every template meets each of them. */
const KILLERS: readonly Json[] = ['', ' ', '\u0000', 'x'.repeat(70), null, -1, 2 ** 53 + 1, 1e308, [], {}, [''], { en: '' }];

const awkward = (ids: string[]): fc.Arbitrary<Json> =>
  fc.oneof(
    fc.constantFrom<Json>(...KILLERS),
    fc.constantFrom<Json>('\u200b', 'null', '0', '%', '../', 'x'.repeat(3000), '1e400', true, 1.5, 2 ** 31, -(2 ** 63)),
    fc.constantFrom<Json>([null], { en: 'x', cy: '' }, ['x', 'x']),
    fc.constantFrom(...ids),
    fc.uuid(),
    fc.string({ maxLength: 80 }),
  );

/** Every field of a template (and the first element or id inside a nested one) swapped for every killer value. */
function sweep(template: Record<string, Json>, ids: string[]): Json[] {
  const out: Json[] = [];
  const values = [...KILLERS, ...ids.slice(0, 4), newId()];
  for (const key of Object.keys(template)) {
    for (const value of values) {
      out.push({ ...structuredClone(template), [key]: value });
      const nested = structuredClone(template);
      const current = nested[key];
      if (Array.isArray(current) && current.length > 0) {
        current[0] = typeof current[0] === 'object' && current[0] !== null ? { ...current[0], id: value } : value;
        out.push(nested);
      }
    }
  }
  return out;
}

/** A valid body for each route that takes one, so the swapped fields reach the handler. */
function templates(w: World): Record<string, Record<string, Json>> {
  const { ids } = w;
  const district = w.council.districts[0]!.id;
  return {
    'POST /api/v1/staff/wall/prompts': { kind: 'no-more', text: { en: 'No more…' }, districtId: district, open: true },
    'PATCH /api/v1/staff/wall/prompts/:id': { districtId: district, open: true, text: { en: 'Yes more…' } },
    'POST /api/v1/staff/wall/posts/:id/decision': { action: 'approve', confirmNoDetails: true, text: 'words' },
    'POST /api/v1/staff/themes': { title: { en: 'A theme' }, postIds: [ids.post!] },
    'PATCH /api/v1/staff/themes/:id': { title: { en: 'Renamed' } },
    'POST /api/v1/staff/themes/:id/posts': { postIds: [ids.post!] },
    'POST /api/v1/staff/themes/:id/merge': { fromThemeId: ids.theme2! },
    'POST /api/v1/staff/feed': {
      said: { en: 'You said' },
      did: { en: 'We did' },
      status: 'planned',
      responsible: 'Head of Service',
      districtId: district,
      sources: [{ kind: 'post', id: ids.post!, quote: 'words' }],
    },
    'PATCH /api/v1/staff/feed/:id': { districtId: district, sources: [{ kind: 'theme', id: ids.theme! }], said: { en: 'Said' } },
    'POST /api/v1/staff/feed/:id/updates': { status: 'in-progress', text: { en: 'Moving on' } },
    'POST /api/v1/staff/polls': { term: 'contact', question: { en: 'What should we call it?' }, options: ['One', 'Two'] },
    'PATCH /api/v1/staff/polls/:id': { open: true },
    'POST /api/v1/staff/polls/:id/options/:optionId/decision': { action: 'approve' },
    'PUT /api/v1/staff/polls/:id/options/:optionId/translations': { cy: 'Amser teulu', ar: 'وقت العائلة' },
    'POST /api/v1/staff/polls/:id/adopt': { optionId: ids.option!, did: { en: 'We did' }, responsible: 'Head of Service' },
    'POST /api/v1/staff/accounts': {
      email: `new-${newId().slice(0, 6)}@test.example`,
      name: 'New',
      roles: ['moderator'],
      password: 'a long enough passphrase',
    },
    'PATCH /api/v1/staff/accounts/:id': { name: 'Renamed' },
    'PATCH /api/v1/staff/council': { name: 'Fuzzshire', districts: [{ id: district, name: 'North' }, { name: 'East' }] },
    'POST /api/v1/staff/safeguarding/actions': { kind: 'wall-post', id: ids.harm!, note: 'Told the duty team' },
    'POST /api/v1/staff/me/password': { currentPassword: 'a long test passphrase', newPassword: 'a long test passphrase' },
    'POST /api/v1/staff/accounts/:id/password': {},
  };
}

function opTemplates(w: World): Record<string, Record<string, Json>> {
  const { ids } = w;
  return {
    'wall.post': { promptId: ids.prompt!, text: 'No more waiting', districtId: w.council.districts[0]!.id },
    'wall.metoo': { postId: ids.published! },
    'feed.react': { itemId: ids.feedItem!, reaction: 'helps' },
    'poll.vote': { pollId: ids.poll!, optionId: ids.option! },
    'poll.suggest': { pollId: ids.poll!, label: 'Catch up' },
  };
}

/** A template with one or two of its fields (or a field inside a nested object or list) replaced by awkward values. */
function mutated(template: Record<string, Json>, ids: string[]): fc.Arbitrary<Json> {
  const keys = [...Object.keys(template), 'extra', 'id', 'districtId'];
  const swap = fc.record({ key: fc.constantFrom(...keys), value: awkward(ids), deep: fc.boolean() });
  return fc.oneof(
    {
      weight: 8,
      arbitrary: fc.array(swap, { minLength: 1, maxLength: 2 }).map((swaps) => {
        const body: Record<string, Json> = structuredClone(template);
        for (const s of swaps) {
          // A copy: the awkward values include shared constant objects, which must never be changed (a second swap
          // into the first one's object would otherwise make a cycle that JSON cannot send).
          const value = structuredClone(s.value);
          const current = body[s.key];
          if (s.deep && Array.isArray(current) && current.length > 0) current[0] = value;
          else if (s.deep && current && typeof current === 'object') (current as Record<string, Json>).id = value;
          else body[s.key] = value;
        }
        return body;
      }),
    },
    { weight: 1, arbitrary: awkward(ids) },
  );
}

describeOnDatabases(
  'no 5xx from any input',
  (harness) => {
    let env: ApiEnv;
    let w: World;
    let tables: string[];
    let pool: string[];

    async function mustAccept(res: LightMyRequestResponse, status = 201): Promise<{ id: string }> {
      expect(res.statusCode, res.body).toBe(status);
      return res.json();
    }

    async function setUp(): Promise<World> {
      const council = await env.createCouncil({ name: 'Fuzzshire' });
      const elsewhere = await env.createCouncil({ name: 'Elsewhere' });
      const device = await env.registerDevice(council.joinCode);
      const member = await env.createStaff(council.id, { roles: ['admin', 'moderator', 'participation'] });
      const staff = env.staff(await env.signInStaff(member.email, member.password));
      const colleague = await env.createStaff(council.id, { roles: ['moderator'] });
      const ids: Record<string, string> = { colleague: colleague.id };
      const prompt = await mustAccept(await staff('POST', '/api/v1/staff/wall/prompts', { kind: 'no-more', text: { en: 'No more…' } }));
      ids.prompt = prompt.id;
      const sent = async (text: string) => (await env.pushOk(device.token, [env.op('wall.post', { promptId: prompt.id, text })]))[0]!.ref!;
      ids.post = await sent('No more moving schools');
      ids.published = await sent('No more waiting');
      ids.harm = await sent('my carer hits me');
      await mustAccept(await staff('POST', `/api/v1/staff/wall/posts/${ids.published}/decision`, { action: 'approve' }), 200);
      ids.theme = (await mustAccept(await staff('POST', '/api/v1/staff/themes', { title: { en: 'One' }, postIds: [ids.published] }))).id;
      ids.theme2 = (await mustAccept(await staff('POST', '/api/v1/staff/themes', { title: { en: 'Two' }, postIds: [] }))).id;
      const item = {
        said: { en: 'Said' },
        did: { en: 'Did' },
        status: 'planned',
        responsible: 'Head of Service',
        sources: [{ kind: 'theme', id: ids.theme }],
      };
      ids.feedItem = (await mustAccept(await staff('POST', '/api/v1/staff/feed', item))).id;
      await mustAccept(await staff('POST', `/api/v1/staff/feed/${ids.feedItem}/publish`), 200);
      ids.draft = (await mustAccept(await staff('POST', '/api/v1/staff/feed', item))).id;
      const poll = (await mustAccept(
        await staff('POST', '/api/v1/staff/polls', { term: 'contact', question: { en: 'Q?' }, options: ['One', 'Two'] }),
      )) as { id: string; options: { id: string }[] };
      ids.poll = poll.id;
      ids.option = poll.options[0]!.id;
      ids.suggested = (await env.pushOk(device.token, [env.op('poll.suggest', { pollId: poll.id, label: 'Catch up' })]))[0]!.ref!;

      // The same kinds of rows in another council.
      const theirMember = await env.createStaff(elsewhere.id, { roles: ['admin', 'moderator', 'participation'] });
      const them = env.staff(await env.signInStaff(theirMember.email, theirMember.password));
      const theirDevice = await env.registerDevice(elsewhere.joinCode);
      const theirPrompt = await mustAccept(await them('POST', '/api/v1/staff/wall/prompts', { kind: 'yes-more', text: { en: 'Yes more…' } }));
      ids.theirPrompt = theirPrompt.id;
      ids.theirPost = (await env.pushOk(theirDevice.token, [env.op('wall.post', { promptId: theirPrompt.id, text: 'Yes more trips' })]))[0]!.ref!;
      ids.theirTheme = (await mustAccept(await them('POST', '/api/v1/staff/themes', { title: { en: 'Theirs' }, postIds: [ids.theirPost] }))).id;
      ids.theirPoll = (
        await mustAccept(await them('POST', '/api/v1/staff/polls', { term: 'contact', question: { en: 'Q?' }, options: ['A', 'B'] }))
      ).id;
      ids.theirDistrict = elsewhere.districts[0]!.id;
      ids.theirStaff = theirMember.id;
      return { council, elsewhere, device, staff, ids };
    }

    beforeAll(async () => {
      env = harness();
      w = await setUp();
      tables = await tableNames(env);
      pool = [...Object.values(w.ids), w.council.id, w.elsewhere.id, ...w.council.districts.map((d) => d.id)];
    });

    async function checkOp(o: { id: string; type: string; payload: Json }): Promise<void> {
      const before = await snapshot(env, tables);
      const res = await env.push(w.device.token, [{ id: o.id, type: o.type, payload: o.payload }]);
      const what = `${o.type} ${JSON.stringify(o.payload)} → ${res.body}`;
      expect(res.statusCode, what).toBeLessThan(500);
      const after = await snapshot(env, tables);
      if (res.statusCode >= 400) {
        expect(after, what).toEqual(before);
        return;
      }
      const [result] = res.json<{ results: Array<{ status: string }> }>().results;
      // A refusal keeps its own record under the op id (so a repeat answers the same), and nothing else.
      // Its own record is in `ops`, or in `anonymous_ops` for an anonymous op (a survey).
      if (result?.status !== 'accepted') expect({ ...after, ops: before.ops, anonymous_ops: before.anonymous_ops }, what).toEqual(before);
    }

    async function checkStaff(method: string, url: string, body: Json): Promise<void> {
      const before = await snapshot(env, tables);
      const res = await w.staff(method as 'GET', url, body);
      const what = `${method} ${url} ${JSON.stringify(body)} → ${res.body}`;
      expect(res.statusCode, what).toBeLessThan(500);
      if (res.statusCode >= 400) {
        const after = await snapshot(env, tables);
        // A wrong current password is a failed sign-in: it is audited (and may start a lock), and nothing else changes.
        if (url.startsWith('/api/v1/staff/me/password')) expect({ ...after, audit_log: before.audit_log }, what).toEqual(before);
        else expect(after, what).toEqual(before);
      }
    }

    /** Real ids for a route's :params (the colleague's account, never the signed-in member's own). */
    function realUrl(url: string): string {
      const real: Record<string, string> = {
        '/wall/prompts/:id': w.ids.prompt!,
        '/wall/posts/:id': w.ids.post!,
        '/themes/:id': w.ids.theme!,
        '/feed/:id': w.ids.draft!,
        '/polls/:id': w.ids.poll!,
        ':optionId': w.ids.suggested!,
        '/accounts/:id': w.ids.colleague!,
        ':postId': w.ids.published!,
      };
      let out = url;
      for (const [pattern, id] of Object.entries(real)) out = out.replace(pattern, pattern.replace(/:[a-zA-Z]+/, id));
      return out;
    }

    it('sweeps every field of every op with every awkward value: never 5xx, a refusal changes nothing', async () => {
      const theirs = [w.ids.theirDistrict!, w.ids.theirPost!, w.ids.theirPoll!, w.ids.theirPrompt!];
      for (const [type, template] of Object.entries(opTemplates(w))) {
        for (const payload of sweep(template, theirs)) await checkOp({ id: newId(), type, payload });
      }
      // Op ids equal to existing rows' ids, in this council and another.
      for (const id of [w.ids.post!, w.ids.suggested!, w.ids.theirPost!, w.ids.option!, w.ids.prompt!]) {
        await checkOp({ id, type: 'wall.post', payload: opTemplates(w)['wall.post'] });
        await checkOp({ id: newId(), type: 'poll.suggest', payload: { pollId: w.ids.poll, label: `Idea ${id.slice(0, 4)}` } });
      }
    });

    it('sweeps every field of every staff body with every awkward value: never 5xx, a 4xx changes nothing', async () => {
      const theirs = [w.ids.theirDistrict!, w.ids.theirPost!, w.ids.theirTheme!, w.ids.theirPoll!];
      const bodies = templates(w);
      for (const route of routes) {
        const key = `${route.method} ${route.url}`;
        const template = Object.hasOwn(bodies, key) ? bodies[key] : undefined;
        if (!template || route.auth.kind !== 'staff') continue;
        for (const body of sweep(template, theirs)) await checkStaff(route.method, realUrl(route.url), body);
      }
    });

    it('answers random op payloads with a result, never 5xx; a refused op changes nothing but its own record', async () => {
      const ops = opTemplates(w);
      const opArb = fc.record({
        type: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...OP_TYPES) }, { weight: 1, arbitrary: fc.string({ maxLength: 70 }) }),
        // Op ids that equal an existing row's id must be nothing special.
        id: fc.oneof(fc.uuid(), fc.constantFrom(...Object.values(w.ids).filter((id) => /^[0-9a-f-]{36}$/.test(id)))),
        swaps: fc.boolean(),
      });
      await fc.assert(
        fc.asyncProperty(
          opArb.chain((o) => {
            const template = Object.hasOwn(ops, o.type) ? ops[o.type] : undefined;
            const payload = template ? (o.swaps ? mutated(template, pool) : fc.constant(structuredClone(template))) : awkward(pool);
            return payload.map((p) => ({ ...o, payload: p }));
          }),
          (o) => checkOp(o),
        ),
        { numRuns: RUNS },
      );
    });

    it('answers random requests to every staff route with a 2xx or a 4xx that changes nothing, never 5xx', async () => {
      const bodies = templates(w);
      const fuzzable = routes.filter((r) => r.auth.kind === 'staff' && !(r.method === 'DELETE' && r.url === '/api/v1/staff/session'));
      const idArb = fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...pool) },
        { weight: 1, arbitrary: fc.constantFrom('', ' ', 'x'.repeat(70), '%00', 'null') },
        { weight: 1, arbitrary: fc.uuid() },
      );
      const queryArb = fc.dictionary(
        fc.constantFrom('status', 'state', 'district', 'format', 'since', 'page', 'before', 'limit', 'kind', 'offset'),
        fc.oneof(fc.constantFrom('', 'pending', 'all', 'csv', 'council', '-1', '99999999999999999999', '1e9'), idArb),
        { maxKeys: 2 },
      );
      const requestArb = fc.constantFrom(...fuzzable).chain((route) => {
        const key = `${route.method} ${route.url}`;
        const template = Object.hasOwn(bodies, key) ? bodies[key] : undefined;
        const body: fc.Arbitrary<Json> =
          route.method === 'GET' ? fc.constant(undefined) : template ? mutated(template, pool) : fc.oneof(awkward(pool), fc.constant({}));
        const names = route.url.match(/:[a-zA-Z]+/g) ?? [];
        return fc.record({
          method: fc.constant(route.method),
          url: fc.constant(route.url),
          body,
          params: fc.tuple(...names.map(() => idArb)),
          query: queryArb,
        });
      });
      await fc.assert(
        fc.asyncProperty(requestArb, async ({ method, url: pattern, body, params, query }) => {
          let url = pattern;
          for (const value of params) url = url.replace(/:[a-zA-Z]+/, encodeURIComponent(String(value)));
          // The signed-in member is never the target of an account change here, so the run keeps its session.
          if (url.includes('/accounts/')) url = url.replace(/accounts\/[^/]*/, `accounts/${w.ids.colleague}`);
          const qs = new URLSearchParams(query as Record<string, string>).toString();
          await checkStaff(method, qs ? `${url}?${qs}` : url, body);
        }),
        { numRuns: RUNS * 2 },
      );
    });

    it('answers the public routes and pull with 4xx for nonsense, never 5xx', async () => {
      await fc.assert(
        fc.asyncProperty(
          awkward(pool),
          fc.oneof(
            fc.constantFrom('0', '-1', '', '99999999999999999999', '9223372036854775808', '1e3', ' 1'),
            fc.bigInt({ min: 0n, max: 2n ** 70n }).map(String),
          ),
          async (joinBody, since) => {
            const before = await snapshot(env, tables);
            const join = await env.app.inject({
              method: 'POST',
              url: '/api/v1/devices',
              payload: { joinCode: joinBody } as Record<string, unknown>,
              remoteAddress: nextAddress(),
            });
            expect(join.statusCode, join.body).toBeLessThan(500);
            if (join.statusCode >= 400) expect(await snapshot(env, tables)).toEqual(before);
            const pull = await env.pull(w.device.token, since);
            expect(pull.statusCode, pull.body).toBeLessThan(500);
            const signIn = await env.app.inject({
              method: 'POST',
              url: '/api/v1/staff/session',
              payload: { email: joinBody, password: joinBody } as Record<string, unknown>,
              remoteAddress: nextAddress(),
            });
            expect(signIn.statusCode, signIn.body).toBeLessThan(500);
            const raw = await env.app.inject({
              method: 'POST',
              url: '/api/v1/sync/push',
              headers: { authorization: w.device.authorization },
              payload: { protocol: PROTOCOL_VERSION, ops: joinBody } as Record<string, unknown>,
            });
            expect(raw.statusCode, raw.body).toBeLessThan(500);
          },
        ),
        { numRuns: Math.ceil(RUNS / 2) },
      );
    });
  },
  { app: { rateLimits: false } },
);
