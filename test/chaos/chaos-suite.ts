// The sync property test (run by sync-chaos.test.ts and sync-chaos-2.test.ts, one half of the seeds each): a young person's phone (the real app modules on a real IndexedDB implementation) talks to the
// real server (Fastify on SQLite and on PostgreSQL, through inject) over a network that fails in every way a phone's
// network does (chaos-net.ts): offline and online again, refused with 429, answered 500, an answer lost after the server
// acted, requests delivered twice, held back behind later ones, and stale copies delivered again later; and the server
// killed just before or just after its database commit and started again on the same database (chaos-server.ts: in
// process; and in sync-chaos-real-kill.test.ts the server is a real process, killed with SIGKILL at the commit the
// history chooses and started again: openRealChaosServer). Meanwhile the young person makes every
// kind of op the protocol has (chaos-world.ts), the page reloads in the middle of syncing, a moderator approves posts,
// and about one phone in ten starts on an older shipped schema of its database with ops and drafts queued
// (schema-history.ts), upgraded when the page opens. Whatever the seed, every invariant in chaos-check.ts holds, and for
// a sample of seeds run on both databases the server is left in the same state.
//
// These histories run the app's modules in Node, so they have no service worker. The service-worker part (a new
// version deployed and its update accepted while ops are queued, the page reloaded mid-push, closed and opened again)
// is test/e2e/sync-faults-browser.test.ts: fewer, seeded histories in real Chromium, with the same invariants.
//
//   CHAOS_SEEDS=2000 CHAOS_REPORT=1 npx vitest run --project property   # more histories, and a count of what happened
//   CHAOS_SEED=17 npx vitest run --project property                     # replay one seed (printed when one fails)
//   CHAOS_SEED=426-478 npx vitest run --project property test/chaos/sync-chaos-2.test.ts
//                                          # replay a run of seeds in order on one server, as a full run has them
//   CHAOS_REAL_KILLS=30 CHAOS_REAL_KILLS_POSTGRES=8 npx vitest run --project property test/chaos/sync-chaos-real-kill.test.ts
//                                          # more real-process histories (default 8 on SQLite, a quarter on PostgreSQL)
//   CHAOS_REAL_KILL_SEED=3 npx vitest run --project property test/chaos/sync-chaos-real-kill.test.ts   # replay one
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest';
import { newId } from '../../src/shared/ids';
import { describeOnDatabases, nextAddress, type ApiEnv } from '../fixtures/api-harness';
import { check, diverges, dump, surveyRows } from './chaos-check';
import { chaosNetwork, FAULTS, prng, type NetOptions } from './chaos-net';
import { madeOps, openPage, wipePhone, type Page } from './chaos-page';
import { openChaosServer, openRealChaosServer, restartTimes, type ChaosServer } from './chaos-server';
import { act, makeWorld, newActions, WORDS, type World } from './chaos-world';
import { CURRENT_VERSION, writeOldPhone } from './schema-history';

/** Histories per run on SQLite (850 by default); PostgreSQL (slower here) runs 150 of the same seeds. */
const SQLITE_SEEDS = Number(process.env.CHAOS_SEEDS ?? 850);
/**
 * CHAOS_SEED: the seeds to replay, one ("478") or a run of them in order ("426-478"). A file's histories share one
 * server, and each leaves its rows there (posts, name ideas, reactions of earlier phones), so a seed replayed alone
 * starts from another server than in the full run: replaying the seeds of its part before it starts from the same.
 */
const REPLAY = ((v) => {
  if (!v) return undefined;
  const [from, to = from] = v.split('-').map(Number) as [number, number?];
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
})(process.env.CHAOS_SEED);
const POSTGRES_SEEDS = Math.max(4, Math.round((SQLITE_SEEDS * 3) / 17));
const STEPS = 14;
/** Below this many histories a run is a replay or a smoke test: it is not expected to have met every fault. */
const HOSTILE_ENOUGH = 200;

const HALF = Math.ceil(SQLITE_SEEDS / 2);
/** The part whose run has `seed` (on both databases), and the first seed of that part. */
const partOf = (seed: number): 1 | 2 => (seed <= HALF ? 1 : 2);
const firstOf = (part: 1 | 2) => (part === 1 ? 1 : HALF + 1);

/**
 * One half of the seeds (the test files run in parallel, one per core): part 1 runs SQLite seeds 1…n/2 and PostgreSQL
 * seeds 1…m/2, part 2 the rest, so each seed PostgreSQL runs was run on SQLite in the same file and can be compared.
 * CHAOS_SEED's seeds run in the part whose run has the last of them, on both databases.
 */
function seedsOf(part: 1 | 2, kind: 'sqlite' | 'postgres'): number[] {
  if (REPLAY !== undefined) return partOf(REPLAY.at(-1)!) === part ? REPLAY : [];
  const count =
    kind === 'sqlite' ? (part === 1 ? HALF : SQLITE_SEEDS - HALF) : part === 1 ? Math.ceil(POSTGRES_SEEDS / 2) : Math.floor(POSTGRES_SEEDS / 2);
  const first = firstOf(part);
  return Array.from({ length: count }, (_, i) => first + i);
}
/**
 * The real-process histories (sync-chaos-real-kill.test.ts): the server is a real Heard process, killed with SIGKILL
 * 1-3 times a history at a commit (before or after it) and started again. Process start-up is slow, so there are few.
 */
const REAL_ONE = process.env.CHAOS_REAL_KILL_SEED ? Number(process.env.CHAOS_REAL_KILL_SEED) : undefined;
const REAL_SQLITE_SEEDS = Number(process.env.CHAOS_REAL_KILLS ?? 8);
const REAL_POSTGRES_SEEDS = Number(process.env.CHAOS_REAL_KILLS_POSTGRES ?? Math.round(REAL_SQLITE_SEEDS / 4));
/** Below this many real-process histories a run is a replay or a smoke test. */
const REAL_HOSTILE_ENOUGH = 8;
function realSeedsOf(kind: 'sqlite' | 'postgres'): number[] {
  if (REAL_ONE !== undefined) return [REAL_ONE];
  return Array.from({ length: kind === 'sqlite' ? REAL_SQLITE_SEEDS : REAL_POSTGRES_SEEDS }, (_, i) => i + 1);
}
function replay(part: Part, seed: number): string {
  if (part === 'real-kill') return `CHAOS_REAL_KILL_SEED=${seed} npx vitest run --project property test/chaos/sync-chaos-real-kill.test.ts`;
  const run = (seeds: string) =>
    `CHAOS_SEED=${seeds}${process.env.CHAOS_SEEDS ? ` CHAOS_SEEDS=${SQLITE_SEEDS}` : ''} npx vitest run --project property test/chaos/sync-chaos${part === 2 ? '-2' : ''}.test.ts`;
  const first = REPLAY?.[0] ?? firstOf(part);
  return first < seed ? `${run(String(seed))}, or after the seeds before it on the same server: ${run(`${first}-${seed}`)}` : run(String(seed));
}
type Part = 1 | 2 | 'real-kill';

/** Seeds whose server state is compared between the databases. */
const compared = (seed: number) => seed % 5 === 1;
const dumps = new Map<number, string[]>();

interface Totals {
  histories: number;
  ops: number;
  byType: Map<string, number>;
  reloads: number;
  reloadsMidSync: number;
  upgrades: number;
  compared: number;
  faults: Map<string, number>;
}
const add = (m: Map<string, number>, k: string, n = 1) => m.set(k, (m.get(k) ?? 0) + n);

export function chaosSuite(part: Part): void {
  const real = part === 'real-kill';
  describeOnDatabases(
    real ? 'sync under chaos, the server a real process killed with SIGKILL' : `sync under chaos, part ${part}`,
    (harness) => {
      let env: ApiEnv;
      let world: World;
      let server: ChaosServer;
      beforeAll(async () => {
        env = harness();
        // A real process keeps real time: the harness's clock (the world, the surveys' dates) goes with it.
        if (real) env.setNow(new Date());
        world = await makeWorld(env);
        server = real ? await openRealChaosServer(env) : await openChaosServer(env);
      });
      afterAll(async () => {
        await server?.close();
      });
      afterEach(() => {
        vi.unstubAllGlobals();
      });

      async function approvePending(): Promise<void> {
        const staff = (method: 'GET' | 'POST', url: string, payload?: object) =>
          server.app.inject({ method, url, headers: { cookie: world.staffCookie, 'x-heard-csrf': '1' }, ...(payload ? { payload } : {}) });
        const queue = await staff('GET', '/api/v1/staff/wall/posts?status=pending').catch(() => null);
        if (queue?.statusCode !== 200) return;
        for (const p of (queue.json() as { posts: { id: string }[] }).posts.slice(0, 3)) {
          await staff('POST', `/api/v1/staff/wall/posts/${p.id}/decision`, { action: 'approve' }).catch(() => null);
        }
      }

      /** A phone that last ran an older release: schema `version`, joined, with posts queued and drafts kept. */
      async function oldPhone(version: number, random: () => number): Promise<void> {
        const res = await env.app.inject({
          method: 'POST',
          url: '/api/v1/devices',
          payload: { joinCode: world.joinCode },
          remoteAddress: nextAddress(),
        });
        const device = res.json() as { deviceId: string; token: string; council: { id: string } };
        const at = env.now().toISOString();
        const ops = [world.openPrompt, world.openPrompt, world.closedPrompt].map((promptId) => ({
          id: newId(),
          type: 'wall.post',
          payload: { promptId, text: WORDS[Math.floor(random() * WORDS.length)]!, districtId: null },
          createdAt: at,
          state: 'queued' as const,
          attempts: 2,
        }));
        await writeOldPhone(version, {
          device: { deviceId: device.deviceId, token: device.token, councilId: device.council.id, joinedAt: at },
          cursor: '0',
          ops,
          myItems: ops.map((o) => ({
            id: o.id,
            kind: 'wall-post',
            text: o.payload.text,
            parentId: o.payload.promptId,
            createdAt: at,
            delivery: 'not-sent',
            state: null,
            reason: null,
            themeIds: [],
            feedItemIds: [],
            updatedAt: at,
            seenAt: at,
          })),
        });
        for (const o of ops) madeOps.set(o.id, { type: o.type, payload: o.payload });
      }

      /** Runs one seeded history, then lets the network recover and checks every promise the app made. */
      async function run(
        seed: number,
        totals: Totals,
        options: Omit<NetOptions, 'realKills'> & { dropOneOp?: boolean } = {},
      ): Promise<{ problems: string[]; deviceId: string; done: ReturnType<typeof newActions> }> {
        // Separate streams, so the test's steps, the network's faults and the engine's backoff do not shift each other.
        const random = prng(seed);
        const netRandom = prng(seed * 7919 + 1);
        const engineRandom = prng(seed * 104729 + 2);
        await wipePhone();
        await env.db.deleteFrom('op_quotas').execute(); // each history is a new hour for the quotas (test/api/flood has them)
        const surveysBefore = await surveyRows(env, world.councilId);
        if (real) env.setNow(new Date());
        const realKills = real ? { budget: 1 + Math.floor(random() * 3), chance: 0.25 } : undefined;
        const { net, fetch } = chaosNetwork(server, netRandom, { ...options, address: nextAddress(), ...(realKills ? { realKills } : {}) });
        vi.stubGlobal('fetch', fetch);
        const done = newActions();
        const upgrade = random() < 0.1 && !options.dropOneOp;
        if (upgrade) {
          await oldPhone(1 + Math.floor(random() * (CURRENT_VERSION - 1)), random);
          totals.upgrades++;
        }
        let page: Page = await openPage(engineRandom);
        const dead: Page[] = [];
        if (!upgrade) {
          // Joining, and the first content, happen on a good connection; everything after it is chaos.
          net.faults = false;
          expect(await page.app.join.joinCouncil(world.joinCode)).toBe('joined');
          await page.engine.requestSync();
          net.faults = true;
        } else page.trigger();

        for (let step = 0; step < STEPS; step++) {
          const x = random();
          if (x < 0.45) {
            const type = await act(page, world, done, random, env.now());
            if (type) add(totals.byType, type);
            page.trigger(); // the app asks for a sync after every write
          } else if (x < 0.57) {
            net.online = !net.online;
            if (net.online) page.trigger(); // the 'online' event
          } else if (x < 0.67) {
            page.trigger(); // visibility change, the interval, or a message from the service worker
          } else if (x < 0.77) {
            page.fireTimers();
          } else if (x < 0.87) {
            // Reload (or close and reopen) in the middle of whatever the page was doing; its request may still land.
            if (page.kill()) totals.reloadsMidSync++;
            dead.push(page);
            totals.reloads++;
            page = await openPage(engineRandom);
            page.trigger(); // the app syncs when it starts
          } else if (x < 0.92) {
            await approvePending();
          } else {
            await page.settle();
          }
          if (options.dropOneOp && step === Math.floor(STEPS / 2)) {
            // The control's bug: a post written offline vanishes from the outbox before it is sent.
            net.online = false;
            await page.settle();
            const id = await page.app.wall.sendPost(world.openPrompt, 'Yes more trips', { districtId: null, flaggedOnDevice: false });
            const row = await page.db.outbox.where('id').equals(id).first();
            if (row?.seq !== undefined) await page.db.outbox.delete(row.seq);
          }
        }

        // The network recovers. Dead pages' last requests land whenever they land; the live page keeps syncing.
        net.online = true;
        net.faults = false;
        await Promise.all(dead.map((d) => d.settle()));
        await net.drain();
        for (let i = 0; i < 30; i++) {
          await page.settle();
          await page.engine.requestSync();
          if ((await page.db.outbox.where('state').equals('queued').count()) === 0) break;
          page.fireTimers();
        }
        await net.drain();
        await page.engine.requestSync(); // one more pull, after anything a late request changed
        const problems = await check(env, page, world, done, surveysBefore);
        const device = (await page.db.meta.get('device'))?.value as { deviceId: string };
        if (!real && compared(seed) && !upgrade && !options.dropOneOp && !options.mintIdsOnDuplicate) {
          const mine = await dump(env, world, done, device.deviceId);
          const other = dumps.get(seed);
          if (env.kind === 'sqlite') dumps.set(seed, mine);
          else if (other) {
            totals.compared++;
            problems.push(...diverges(other, mine).map((d) => `SQLite and PostgreSQL differ: ${d}`));
          }
        }
        page.kill();
        totals.histories++;
        totals.ops += madeOps.size;
        for (const [f, n] of net.counts) add(totals.faults, f, n);
        return { problems, deviceId: device.deviceId, done };
      }

      const newTotals = (): Totals => ({
        histories: 0,
        ops: 0,
        byType: new Map(),
        reloads: 0,
        reloadsMidSync: 0,
        upgrades: 0,
        compared: 0,
        faults: new Map(),
      });

      it('every op of every type is accepted exactly once and nothing is lost, over seeded histories', async () => {
        const seeds = real ? realSeedsOf(env.kind) : seedsOf(part, env.kind);
        const totals = newTotals();
        const started = Date.now();
        for (const seed of seeds) {
          const { problems } = await run(seed, totals);
          expect(problems, `seed ${seed} failed; replay it with: ${replay(part, seed)}`).toEqual([]);
        }
        const kills = (k: string) => server.kills.get(k as never) ?? 0;
        if (process.env.CHAOS_REPORT && real) {
          const mean = restartTimes.length ? Math.round(restartTimes.reduce((a, b) => a + b, 0) / restartTimes.length) : 0;
          console.info(
            `chaos with a real server process on ${env.kind}: ${totals.histories} histories in ${Math.round((Date.now() - started) / 1000)} s, ${totals.ops} ops ${JSON.stringify(Object.fromEntries(totals.byType))}, ` +
              `real SIGKILLs ${kills('kill-before-commit')} before commit and ${kills('kill-after-commit')} after (restart from kill to answering: mean ${mean} ms, ${restartTimes.length} so far in this file), ` +
              `${totals.upgrades} schema upgrades, ${totals.reloads} reloads (${totals.reloadsMidSync} mid-sync), faults ${JSON.stringify(Object.fromEntries(totals.faults))}`,
          );
        } else if (process.env.CHAOS_REPORT) {
          console.info(
            `chaos on ${env.kind}, part ${part}: ${totals.histories} histories in ${Math.round((Date.now() - started) / 1000)} s, ${totals.ops} ops ${JSON.stringify(Object.fromEntries(totals.byType))}, ` +
              `server kills ${kills('kill-before-commit')} before commit and ${kills('kill-after-commit')} after, ${totals.upgrades} schema upgrades, ` +
              `${totals.reloads} reloads (${totals.reloadsMidSync} mid-sync), ${totals.compared} seeds compared with SQLite, faults ${JSON.stringify(Object.fromEntries(totals.faults))}`,
          );
        }
        if (real) {
          if (totals.histories < (env.kind === 'sqlite' ? REAL_HOSTILE_ENOUGH : REAL_HOSTILE_ENOUGH / 4)) return;
          // The process really died both ways, over and over.
          expect(kills('kill-before-commit') + kills('kill-after-commit')).toBeGreaterThan(0);
          if (totals.histories >= 20) {
            expect(kills('kill-before-commit')).toBeGreaterThan(0);
            expect(kills('kill-after-commit')).toBeGreaterThan(0);
          }
          return;
        }
        if (totals.histories < HOSTILE_ENOUGH) return;
        // The histories really were hostile: every kind of fault happened on a push, the server died both ways, every op
        // type was made, phones upgraded, pages reloaded mid-sync.
        for (const [f] of FAULTS) expect(totals.faults.get(`push:${f}`) ?? 0, f).toBeGreaterThan(0);
        expect(totals.faults.get('push:offline') ?? 0).toBeGreaterThan(0);
        expect(kills('kill-before-commit')).toBeGreaterThan(0);
        expect(kills('kill-after-commit')).toBeGreaterThan(0);
        for (const type of [
          'wall.post',
          'wall.metoo',
          'feed.react',
          'poll.vote',
          'poll.suggest',
          'item.withdraw',
          'survey.submit',
          'request.create',
          'request.message',
          'request.escalate',
        ]) {
          expect(totals.byType.get(type) ?? 0, type).toBeGreaterThan(0);
        }
        expect(totals.upgrades).toBeGreaterThan(0);
        expect(totals.reloadsMidSync).toBeGreaterThan(0);
        if (env.kind === 'postgres') expect(totals.compared).toBeGreaterThan(0);
      }, 3_600_000);

      if (part === 2) return;
      if (real) {
        it('notices an op the server answered "accepted" for but did not commit (negative control)', async () => {
          env.setNow(new Date());
          const totals = newTotals();
          const { problems } = await run(5, totals, { dropCommit: true });
          expect(totals.faults.get('drop-commit')).toBe(1);
          expect(problems.some((p) => p.includes('never reached the server'))).toBe(true);
        });
        return;
      }
      it('notices an op that is lost before it is sent (negative control)', async () => {
        const { problems } = await run(7, newTotals(), { dropOneOp: true });
        expect(problems.some((p) => p.includes('never reached the server'))).toBe(true);
      });

      it('notices a retry that sends the same op under a new id (negative control)', async () => {
        const { problems } = await run(3, newTotals(), { mintIdsOnDuplicate: true });
        expect(problems.some((p) => p.includes('never queued'))).toBe(true);
      });

      it('notices when the two databases end in different states (negative control)', async () => {
        const { deviceId, done } = await run(1, newTotals());
        const before = await dump(env, world, done, deviceId);
        // The same history, but one of its posts stored twice: the comparison must say so.
        const row = await env.db
          .selectFrom('wall_posts')
          .selectAll()
          .where('device_id', '=', deviceId)
          .where('status', '!=', 'withdrawn')
          .executeTakeFirst();
        expect(row, 'seed 1 leaves a post').toBeDefined();
        await env.db
          .insertInto('wall_posts')
          .values({ ...row!, id: newId(), op_id: null })
          .execute();
        const after = await dump(env, world, done, deviceId);
        expect(diverges(before, before)).toEqual([]);
        expect(diverges(before, after)).not.toEqual([]);
        const sqlite = dumps.get(1);
        if (env.kind === 'postgres' && sqlite) expect(diverges(sqlite, after)).not.toEqual([]);
      });
    },
    { app: { rateLimits: false, background: false }, ...(real && REAL_POSTGRES_SEEDS === 0 ? { only: 'sqlite' as const } : {}) },
  );
}
