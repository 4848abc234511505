// The sync property test: a young person's phone (the real app modules on a real IndexedDB implementation) talks to the
// real server (Fastify on SQLite and on PostgreSQL, through inject) over a network that fails in every way a phone's network does —
// offline, refused with 429, answered 500, an answer lost after the server acted, a request delivered twice — while the
// young person keeps posting and saying "me too", the page reloads in the middle of syncing, and a moderator approves
// posts. Whatever the seed, in the end every op the phone queued is accepted by the server exactly once, nothing the
// young person wrote is lost on the phone, a refused op stays visible with its reason, and a pull after the cursor is
// empty. Two negative controls show the checker catches a lost op and a retry that is not idempotent.
//
// It runs on SQLite (12 seeds) and PostgreSQL (half as many).
//   CHAOS_SEEDS=200 CHAOS_REPORT=1 npx vitest run --project property     # more seeds, and a count of what happened
import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { PullResponse } from '../../src/shared/protocol';
import type { WallPrompt } from '../../src/shared/wall';
import { describeOnDatabases, type ApiEnv } from '../fixtures/api-harness';

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Fault = 'none' | 'offline' | 'network-error' | 'rate-limited' | 'server-error' | 'lost-answer' | 'error-after-work' | 'duplicate';
const FAULTS: Array<[Fault, number]> = [
  ['network-error', 0.08],
  ['rate-limited', 0.08],
  ['server-error', 0.08],
  ['lost-answer', 0.1],
  ['error-after-work', 0.05],
  ['duplicate', 0.1],
];

interface NetOptions {
  /** The negative control: the second copy of a duplicated push carries fresh op ids, as a non-idempotent retry would. */
  mintIdsOnDuplicate?: boolean;
}

/** A phone's network between the app's fetch and the real server. */
function chaosNetwork(env: ApiEnv, random: () => number, options: NetOptions = {}) {
  const net = { online: true, faults: true, counts: new Map<string, number>() };
  const count = (f: string) => net.counts.set(f, (net.counts.get(f) ?? 0) + 1);
  const wait = () => new Promise<void>((r) => setTimeout(r, Math.floor(random() * 3)));

  function pick(): Fault {
    if (!net.online) return 'offline';
    if (!net.faults) return 'none';
    let x = random();
    for (const [f, p] of FAULTS) {
      if (x < p) return f;
      x -= p;
    }
    return 'none';
  }

  async function deliver(url: string, init: RequestInit, body = init.body) {
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((v, k) => (headers[k] = v));
    return env.app.inject({
      method: (init.method ?? 'GET') as 'GET' | 'POST',
      url,
      headers,
      remoteAddress: '10.9.9.9',
      ...(typeof body === 'string' ? { payload: body } : {}),
    });
  }
  const toResponse = (res: Awaited<ReturnType<typeof deliver>>) => {
    const headers = new Headers();
    for (const [k, v] of Object.entries(res.headers)) if (v !== undefined && k !== 'set-cookie') headers.set(k, String(v));
    return new Response(res.body, { status: res.statusCode, headers });
  };
  const errorResponse = (status: number, code: string, extra: Record<string, string> = {}) =>
    new Response(JSON.stringify({ code, message: `The network answered ${status}.` }), {
      status,
      headers: { 'content-type': 'application/json', ...extra },
    });

  async function fetch(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
    const url = String(input);
    const push = init.method === 'POST';
    const fault = options.mintIdsOnDuplicate && push && net.online && net.faults ? 'duplicate' : pick();
    count(fault);
    if (push) count(`push:${fault}`);
    await wait();
    switch (fault) {
      case 'offline':
      case 'network-error':
        throw new TypeError('Failed to fetch');
      case 'rate-limited':
        return errorResponse(429, 'slow-down', { 'retry-after': '1' });
      case 'server-error':
        return errorResponse(500, 'internal');
      case 'lost-answer':
        await deliver(url, init);
        throw new TypeError('Failed to fetch');
      case 'error-after-work':
        await deliver(url, init);
        return errorResponse(502, 'bad-gateway');
      case 'duplicate': {
        let second = init.body;
        if (options.mintIdsOnDuplicate && typeof second === 'string') {
          const parsed = JSON.parse(second) as { ops?: Array<{ id: string }> };
          parsed.ops?.forEach((o) => (o.id = crypto.randomUUID()));
          second = JSON.stringify(parsed);
        }
        const [first] = await Promise.all([deliver(url, init), wait().then(() => deliver(url, init, second))]);
        return toResponse(first);
      }
      case 'none':
        return toResponse(await deliver(url, init));
    }
  }
  return { net, fetch };
}

/** One page load of the app: fresh module instances over the same IndexedDB, as after a reload. */
async function openPage(random: () => number) {
  vi.resetModules();
  const [{ db }, { createSyncEngine }, { api }, wall, join] = await Promise.all([
    import('../../src/app/storage/db'),
    import('../../src/app/sync/engine'),
    import('../../src/app/api/client'),
    import('../../src/app/features/wall/data/wall-data'),
    import('../../src/app/features/join/data/join'),
  ]);
  handles.push(db);
  const timers = new Set<() => void>();
  const engine = createSyncEngine({
    api,
    random,
    setTimer: (fn) => {
      timers.add(fn);
      return fn;
    },
    clearTimer: (t) => timers.delete(t as () => void),
  });
  const inFlight = new Set<Promise<void>>();
  return {
    db,
    api,
    wall,
    join,
    engine,
    /** A trigger (online, visibility, interval, a retry timer): starts a sync without waiting for it. */
    trigger() {
      const p = engine.requestSync().catch(() => undefined);
      inFlight.add(p);
      void p.finally(() => inFlight.delete(p));
    },
    /** Time passes: the backoff timers that were waiting fire. */
    fireTimers() {
      const due = [...timers];
      timers.clear();
      due.forEach((fn) => fn());
    },
    settle: () => Promise.all([...inFlight]),
    /** The page goes away mid-whatever: its engine stops and its database connection closes. True if it was syncing. */
    kill(): boolean {
      const syncing = inFlight.size > 0;
      engine.stop();
      timers.clear();
      db.close();
      return syncing;
    },
  };
}
type Page = Awaited<ReturnType<typeof openPage>>;

/** Every page's database handle, so a new phone can start empty (a handle closed while still opening can linger). */
const handles: Array<{ close(): void }> = [];

/** A new phone: nothing in IndexedDB. */
const wipePhone = () =>
  new Promise<void>((resolve, reject) => {
    handles.splice(0).forEach((h) => h.close());
    const req = indexedDB.deleteDatabase('heard');
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error ?? new Error('could not delete'));
    req.onblocked = () => reject(new Error('a page still holds the database open'));
  });

const WORDS = [
  'Yes more days out with my carer',
  'No more changing social workers',
  'My meetings would be better if I could choose where they are',
  'Yes more time with my brother',
  'No more being moved without being told why',
  'I don’t feel heard when nobody writes back',
];

interface Written {
  posts: Map<string, { promptId: string; text: string }>;
  /** Posts this phone said "me too" to (the tap that counted). */
  meToos: Set<string>;
}

interface RunResult {
  problems: string[];
  ops: number;
  reloads: number;
  /** Reloads while a sync of the old page was still running. */
  reloadsMidSync: number;
  faults: Map<string, number>;
}

describeOnDatabases(
  'sync under chaos',
  (harness) => {
    let env: ApiEnv;
    let council: Awaited<ReturnType<ApiEnv['createCouncil']>>;
    let moderator: ReturnType<ApiEnv['staff']>;
    let openPrompt: string;
    let closedPrompt: string;

    beforeEach(async () => {
      env = harness();
      council = await env.createCouncil({ name: 'Chaosshire', districts: ['Havant'] });
      const mod = await env.createStaff(council.id, { roles: ['moderator'] });
      moderator = env.staff(await env.signInStaff(mod.email, mod.password));
      const prompt = async (open: boolean) => {
        const res = await moderator('POST', '/api/v1/staff/wall/prompts', { kind: 'yes-more', text: { en: 'Yes more…' } });
        expect(res.statusCode, res.body).toBe(201);
        const id = (res.json() as WallPrompt).id;
        if (!open) expect((await moderator('PATCH', `/api/v1/staff/wall/prompts/${id}`, { open: false })).statusCode).toBe(200);
        return id;
      };
      openPrompt = await prompt(true);
      closedPrompt = await prompt(false);
    });
    afterEach(() => {
      vi.unstubAllGlobals();
    });

    async function approvePending(): Promise<void> {
      const queue = await moderator('GET', '/api/v1/staff/wall/posts?status=pending');
      for (const p of (queue.json() as { posts: { id: string }[] }).posts.slice(0, 3)) {
        await moderator('POST', `/api/v1/staff/wall/posts/${p.id}/decision`, { action: 'approve' });
      }
    }

    /** Runs one seeded history, then lets the network recover and checks every promise the app made. */
    async function run(seed: number, steps: number, options: NetOptions & { dropOneOp?: boolean } = {}): Promise<RunResult> {
      // Three streams, so the test's steps, the network's faults and the engine's backoff do not shift each other. A seed
      // fixes every decision; how the async work of a step interleaves with syncs in flight can still vary by run.
      const random = prng(seed);
      const netRandom = prng(seed * 7919 + 1);
      const engineRandom = prng(seed * 104729 + 2);
      await wipePhone();
      const { net, fetch } = chaosNetwork(env, netRandom, options);
      vi.stubGlobal('fetch', fetch);
      let page: Page = await openPage(engineRandom);
      const dead: Page[] = [];
      let reloads = 0;
      let reloadsMidSync = 0;
      // Joining happens on a good connection; everything after it is chaos.
      net.faults = false;
      expect(await page.join.joinCouncil(council.joinCode)).toBe('joined');
      await page.engine.requestSync();
      net.faults = true;

      const queued = new Map<string, { type: string; promptId?: string; postId?: string; text?: string }>();
      const remember = async () => {
        for (const row of await page.db.outbox.toArray()) {
          if (queued.has(row.id)) continue;
          const p = row.payload as { promptId?: string; postId?: string; text?: string };
          queued.set(row.id, { type: row.type, ...p });
        }
      };
      // What the young person did, recorded by the test itself (not read back from the outbox under test).
      const written: Written = { posts: new Map(), meToos: new Set() };
      let dropped = false;

      for (let step = 0; step < steps; step++) {
        const x = random();
        if (x < 0.3) {
          const prompt = random() < 0.85 ? openPrompt : closedPrompt;
          const words = WORDS[Math.floor(random() * WORDS.length)] ?? 'Yes more';
          const id = await page.wall.sendPost(prompt, words, { districtId: null, flaggedOnDevice: false });
          written.posts.set(id, { promptId: prompt, text: words });
          await remember();
          page.trigger(); // the app asks for a sync after every write
        } else if (x < 0.42) {
          const posts = await page.db.wallPosts.toArray();
          const post = posts[Math.floor(random() * posts.length)];
          if (post) {
            if (await page.wall.meToo(post.id)) written.meToos.add(post.id);
            await remember();
            page.trigger();
          }
        } else if (x < 0.52) {
          net.online = !net.online;
          if (net.online) page.trigger(); // the 'online' event
        } else if (x < 0.67) {
          page.trigger(); // visibility change, the interval, or a message from the service worker
        } else if (x < 0.8) {
          page.fireTimers();
        } else if (x < 0.87) {
          // Reload in the middle of whatever the page was doing; its request may still reach the server.
          if (page.kill()) reloadsMidSync++;
          dead.push(page);
          reloads++;
          page = await openPage(engineRandom);
          page.trigger(); // the app syncs when it starts
        } else if (x < 0.92) {
          await approvePending();
        } else {
          await page.settle();
        }
        if (options.dropOneOp && !dropped && step === Math.floor(steps / 2)) {
          // The control's bug: a post written offline vanishes from the outbox before it is sent.
          net.online = false;
          await page.settle();
          const id = await page.wall.sendPost(openPrompt, 'Yes more trips', { districtId: null, flaggedOnDevice: false });
          written.posts.set(id, { promptId: openPrompt, text: 'Yes more trips' });
          const row = await page.db.outbox.where('id').equals(id).first();
          if (row?.seq !== undefined) await page.db.outbox.delete(row.seq);
          dropped = true;
        }
      }

      // The network recovers. Dead pages' last requests land whenever they land; the live page keeps syncing.
      net.online = true;
      net.faults = false;
      await Promise.all(dead.map((d) => d.settle()));
      for (let i = 0; i < 30; i++) {
        await page.settle();
        await page.engine.requestSync();
        if ((await page.db.outbox.where('state').equals('queued').count()) === 0) break;
        page.fireTimers();
      }
      await page.engine.requestSync(); // one more pull, after anything a late request changed
      const problems = await check(page, queued, written);
      page.kill();
      return { problems, ops: queued.size, reloads, reloadsMidSync, faults: net.counts };
    }

    async function check(
      page: Page,
      queued: Map<string, { type: string; promptId?: string; postId?: string; text?: string }>,
      written: Written,
    ): Promise<string[]> {
      const problems: string[] = [];
      for (const id of written.posts.keys()) if (!queued.has(id)) problems.push(`post ${id} was written but its op never reached the outbox`);
      const device = (await page.db.meta.get('device'))?.value as { deviceId: string; token: string };
      const serverOps = await env.db.selectFrom('ops').select(['id', 'result']).where('device_id', '=', device.deviceId).execute();
      const serverResult = new Map(serverOps.map((o) => [o.id, JSON.parse(o.result) as { status: string; code?: string }]));

      for (const [id, op] of queued) {
        const result = serverResult.get(id);
        if (!result) {
          problems.push(`op ${id} (${op.type}) never reached the server`);
          continue;
        }
        const expected = op.type === 'wall.post' && op.promptId === closedPrompt ? 'rejected' : 'accepted';
        if (result.status !== expected) problems.push(`op ${id} was ${result.status}, expected ${expected}`);
      }
      for (const id of serverResult.keys()) if (!queued.has(id)) problems.push(`the server holds op ${id}, which the phone never queued`);

      // Exactly once in effect, measured against what the young person did.
      const statusOf = (id: string) => serverResult.get(id)?.status;
      for (const [id, w] of written.posts) {
        const expected = w.promptId === closedPrompt ? 'rejected' : 'accepted';
        if (!serverResult.has(id)) problems.push(`post ${id} never reached the server`);
        else if (statusOf(id) !== expected) problems.push(`post ${id} was ${statusOf(id)}, expected ${expected}`);
      }
      // The phone knows its posts by the op that made them; the server's rows have their own ids.
      const posts = (
        await env.db.selectFrom('wall_posts').select(['op_id', 'text', 'status']).where('device_id', '=', device.deviceId).execute()
      ).map((p) => ({ id: p.op_id ?? '', text: p.text, status: p.status }));
      const acceptedPosts = [...written.posts].filter(([id]) => statusOf(id) === 'accepted');
      if (posts.length !== acceptedPosts.length)
        problems.push(`the server has ${posts.length} posts from the phone, expected ${acceptedPosts.length}`);
      for (const [id, w] of acceptedPosts) {
        const found = posts.filter((p) => p.id === id);
        if (found.length !== 1 || found[0]?.text !== w.text) problems.push(`post ${id} is stored ${found.length} times or with other words`);
      }
      const meToos = await env.db.selectFrom('wall_me_toos').select(['post_id']).where('device_id', '=', device.deviceId).execute();
      const storedMeToos = meToos.map((m) => m.post_id).sort();
      if (JSON.stringify(storedMeToos) !== JSON.stringify([...written.meToos].sort())) {
        problems.push(`me-toos stored on ${storedMeToos.length} posts, tapped on ${written.meToos.size}, or on other posts`);
      }
      const counts = await sql<{ id: string; me_too: number; n: number }>`
        select p.id, p.me_too, (select count(*) from wall_me_toos m where m.post_id = p.id) as n
        from wall_posts p where p.council_id = ${council.id}`.execute(env.db);
      for (const c of counts.rows) if (Number(c.me_too) !== Number(c.n)) problems.push(`post ${c.id} counts ${c.me_too} me-toos but has ${c.n}`);

      // Nothing lost on the phone; a refusal stays visible with its reason; the phone agrees with the server.
      const outbox = await page.db.outbox.toArray();
      for (const row of outbox) {
        if (row.state !== 'rejected') problems.push(`op ${row.id} is still waiting to be sent`);
        else if (!row.code || !row.message) problems.push(`rejected op ${row.id} has no reason`);
        else if (statusOf(row.id) !== 'rejected') problems.push(`op ${row.id} shows as refused but the server took it`);
      }
      const serverState = new Map(posts.map((p) => [p.id, p.status]));
      const expectedState: Record<string, string> = {
        pending: 'delivered',
        published: 'published',
        hidden: 'kept-private',
        safeguarding: 'kept-private',
      };
      for (const [id, w] of written.posts) {
        const item = await page.db.myItems.get(id);
        const rejected = statusOf(id) === 'rejected';
        if (!item || item.text !== w.text) problems.push(`the phone lost the words of post ${id}`);
        else if (item.delivery !== (rejected ? 'rejected' : 'delivered')) problems.push(`post ${id} shows ${item.delivery}`);
        else if (!rejected && item.state !== expectedState[serverState.get(id) ?? '']) {
          problems.push(`post ${id} shows ${item.state ?? 'nothing'} on the phone but is ${serverState.get(id) ?? 'missing'} on the server`);
        }
        if (rejected && !outbox.some((r) => r.id === id)) problems.push(`refused post ${id} is not shown with its reason`);
      }
      const published = await env.db
        .selectFrom('wall_posts')
        .select('id')
        .where('council_id', '=', council.id)
        .where('status', '=', 'published')
        .execute();
      const onPhone = (await page.db.wallPosts.toArray()).map((p) => p.id).sort();
      if (JSON.stringify(onPhone) !== JSON.stringify(published.map((p) => p.id).sort())) {
        problems.push(`the phone's wall has ${onPhone.length} posts, the council's has ${published.length} published`);
      }

      // A pull after the cursor returns nothing, twice.
      const cursor = (await page.db.meta.get('cursor'))?.value as string;
      for (let i = 0; i < 2; i++) {
        const res: PullResponse = await page.api.pull(device.token, cursor);
        const changed = Object.values(res.changes).some((rows) => Array.isArray(rows) && rows.length > 0);
        if (changed || res.cursor !== cursor || res.more) problems.push(`a pull after cursor ${cursor} returned changes`);
      }
      return problems;
    }

    // PostgreSQL runs fewer histories (it is slower here); there a duplicate delivery is a real race between two
    // transactions, where on SQLite's one connection the second copy just finds the first.
    const sqliteSeeds = Number(process.env.CHAOS_SEEDS ?? 12);
    it('every op is accepted exactly once and nothing is lost, over seeded histories', async () => {
      const seeds = env.kind === 'sqlite' ? sqliteSeeds : Math.max(4, Math.ceil(sqliteSeeds / 2));
      const totals = { ops: 0, reloads: 0, reloadsMidSync: 0, faults: new Map<string, number>() };
      for (let seed = 1; seed <= seeds; seed++) {
        // Each history is a new hour for the quotas (the test's clock stands still), so many seeds never reach the
        // council's hourly limit: what is tested here is delivery, and the quotas have their own suite (test/api/flood).
        await env.db.deleteFrom('op_quotas').execute();
        const result = await run(seed, 120);
        expect(result.problems, `seed ${seed}`).toEqual([]);
        totals.ops += result.ops;
        totals.reloads += result.reloads;
        totals.reloadsMidSync += result.reloadsMidSync;
        for (const [f, n] of result.faults) totals.faults.set(f, (totals.faults.get(f) ?? 0) + n);
      }
      // The histories really were hostile: every kind of fault happened, and pages reloaded.
      for (const [f] of FAULTS) expect(totals.faults.get(`push:${f}`) ?? 0, f).toBeGreaterThan(0);
      expect(totals.faults.get('push:offline') ?? 0).toBeGreaterThan(0);
      expect(totals.reloads).toBeGreaterThan(seeds);
      expect(totals.reloadsMidSync).toBeGreaterThan(seeds / 2);
      expect(totals.ops).toBeGreaterThan(seeds * 20);
      if (process.env.CHAOS_REPORT) {
        console.info(
          `chaos on ${env.kind}: ${seeds} seeds, ${totals.ops} ops, ${totals.reloads} reloads (${totals.reloadsMidSync} mid-sync), faults ${JSON.stringify(Object.fromEntries(totals.faults))}`,
        );
      }
    });

    it('notices an op that is lost before it is sent (negative control)', async () => {
      const result = await run(7, 80, { dropOneOp: true });
      expect(result.problems.some((p) => p.includes('never reached the server'))).toBe(true);
    });

    it('notices a retry that sends the same post under a new id (negative control)', async () => {
      const result = await run(3, 80, { mintIdsOnDuplicate: true });
      expect(result.problems.some((p) => p.includes('never queued'))).toBe(true);
    });
  },
  { app: { rateLimits: false } },
);
