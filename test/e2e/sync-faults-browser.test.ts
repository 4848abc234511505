// Seeded sync fault histories in real Chromium, for what the Node property test (test/chaos/) cannot hold: a real
// service worker, and a new version of it deployed and accepted while ops wait in the outbox. Each history is one
// phone; from its seed (mulberry32) it draws 4–8 steps: a young person makes an op through the screens (a wall post,
// a "me too", a "contact me" request), online or offline; the signal goes or comes back; the next pushes are answered
// 429, 500, or lost after the server stored them; the page reloads (in the middle of a push when one is going); the
// page is closed and another opened on the same phone; a new version is deployed and its update prompt accepted while
// ops are queued; and the council closes a part of the wall while a post to it waits (that post must be refused).
// Then the signal comes back for good, and against the server's database: every op made is stored exactly once
// (found by its words, unique to the history, and by its op record), nothing is left queued on the phone, and every
// refusal is on the phone's screen with its reason.
//
//   SW_CHAOS_SEEDS=30 npx vitest run test/e2e/sync-faults-browser.test.ts   # more histories (default 7)
//   SW_CHAOS_SEED=7 npx vitest run test/e2e/sync-faults-browser.test.ts     # replay one (printed when one fails)
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressFile } from '../../src/server/cli/compress-build';
import { seededRandom } from '../../src/shared/seeded-random';
import {
  browserAvailable,
  demoAccount,
  launchBrowser,
  newPhone,
  openFirstPrompt,
  signInStaff,
  startServer,
  waitForServiceWorker,
  type HeardServer,
  type PhoneContext,
} from './harness';
import { text } from './locale-text';

const run = browserAvailable();
const ROOT = path.resolve(import.meta.dirname, '../..');
const FILE = 'test/e2e/sync-faults-browser.test.ts';
const ONE = process.env.SW_CHAOS_SEED ? Number(process.env.SW_CHAOS_SEED) : undefined;
/** Seven histories take about three and a half minutes on a 2-core machine (start-up included). */
const COUNT = Number(process.env.SW_CHAOS_SEEDS ?? 7);
const SEEDS = ONE !== undefined ? [ONE] : Array.from({ length: COUNT }, (_, i) => i + 1);
const replay = (seed: number) => `SW_CHAOS_SEED=${seed} npx vitest run ${FILE}`;
const t = (key: string, values?: Record<string, string | number>) => text('en', key, values);
const PUSH = '**/api/v1/sync/push';

type OpKind = 'post' | 'metoo' | 'request';
type Fault = 'rate-limited' | 'server-error' | 'lost-answer';
type Step =
  | { kind: 'op'; op: OpKind }
  | { kind: 'network' }
  | { kind: 'faults'; faults: Fault[] }
  | { kind: 'reload'; afterServer: boolean }
  | { kind: 'new-page' }
  | { kind: 'update' }
  | { kind: 'refused-post' };

/** A history from its seed alone: the same steps on every machine, however the browser's timing falls. */
function planHistory(seed: number): Step[] {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const steps: Step[] = [];
  const length = 4 + Math.floor(random() * 5);
  let refused = false;
  for (let i = 0; i < length; i++) {
    const r = random();
    if (r < 0.34) steps.push({ kind: 'op', op: pick(['post', 'post', 'metoo', 'request'] as const) });
    else if (r < 0.48) steps.push({ kind: 'network' });
    else if (r < 0.62)
      steps.push({
        kind: 'faults',
        faults: Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(['rate-limited', 'server-error', 'lost-answer'] as const)),
      });
    else if (r < 0.74) steps.push({ kind: 'reload', afterServer: random() < 0.5 });
    else if (r < 0.8) steps.push({ kind: 'new-page' });
    else if (r < 0.93) steps.push({ kind: 'update' });
    else if (!refused) {
      refused = true;
      steps.push({ kind: 'refused-post' });
    } else steps.push({ kind: 'op', op: 'post' });
  }
  if (!steps.some((s) => s.kind === 'op' || s.kind === 'refused-post')) steps.unshift({ kind: 'op', op: 'post' });
  return steps;
}

const describeStep = (s: Step): string =>
  s.kind === 'op'
    ? `op ${s.op}`
    : s.kind === 'faults'
      ? `faults ${s.faults.join('+')}`
      : s.kind === 'reload'
        ? `reload${s.afterServer ? ' (after the server acted)' : ''}`
        : s.kind;

interface Totals {
  histories: number;
  steps: number;
  ops: Record<string, number>;
  updates: number;
  reloads: number;
  reloadsMidSync: number;
  newPages: number;
  refusals: number;
  faults: Record<string, number>;
}
const totals: Totals = { histories: 0, steps: 0, ops: {}, updates: 0, reloads: 0, reloadsMidSync: 0, newPages: 0, refusals: 0, faults: {} };
const bump = (m: Record<string, number>, k: string) => (m[k] = (m[k] ?? 0) + 1);

interface OutboxRow {
  id: string;
  type: string;
  state: string;
  code?: string;
}

/** The phone's outbox, in sending order. */
function outbox(page: Page): Promise<OutboxRow[]> {
  return page.evaluate(
    () =>
      new Promise<OutboxRow[]>((resolve, reject) => {
        const open = indexedDB.open('heard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('outbox').objectStore('outbox').getAll();
          req.onsuccess = () => {
            open.result.close();
            resolve((req.result as OutboxRow[]).map(({ id, type, state, code }) => ({ id, type, state, code })));
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

/** The server's id for this phone (kept in its meta table when it joined). */
function deviceId(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('heard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('meta').objectStore('meta').get('device');
          req.onsuccess = () => {
            open.result.close();
            resolve((req.result as { value: { deviceId: string } }).value.deviceId);
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

/** Calls a staff route from the signed-in staff page, with its session cookie and the CSRF header. */
async function staffCall(page: Page, method: 'PATCH', url: string, body: unknown): Promise<void> {
  await page.evaluate(
    async ({ method, url, body }) => {
      const res = await fetch(url, {
        method,
        headers: { accept: 'application/json', 'content-type': 'application/json', 'X-Heard-CSRF': '1' },
        body: JSON.stringify(body),
        credentials: 'same-origin',
      });
      if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
    },
    { method, url, body },
  );
}

describe.skipIf(!run)('sync fault histories in Chromium, with service-worker updates', () => {
  let server: HeardServer;
  let browser: Browser;
  let staticDir: string;
  let staff: PhoneContext;
  let releases = 0;
  const started = Date.now();

  beforeAll(async () => {
    // A copy of the build that histories "deploy a new version" into.
    staticDir = mkdtempSync(path.join(tmpdir(), 'heard-dist-'));
    cpSync(path.join(ROOT, 'dist'), staticDir, { recursive: true });
    server = await startServer({ staticDir });
    browser = await launchBrowser();
    staff = await newPhone(browser, server.origin);
    await signInStaff(staff.page, server.origin, demoAccount('moderator'));
  });
  afterAll(async () => {
    if (totals.histories > 0) {
      console.info(
        `sync fault histories in Chromium: ${totals.histories} histories (${totals.steps} steps) in ${Math.round((Date.now() - started) / 1000)} s, ` +
          `ops ${JSON.stringify(totals.ops)}, ${totals.updates} service-worker updates accepted with ops queued, ` +
          `${totals.reloads} reloads (${totals.reloadsMidSync} mid-push), ${totals.newPages} pages closed and opened again, ` +
          `${totals.refusals} refusals shown, faults ${JSON.stringify(totals.faults)}`,
      );
    }
    await browser?.close();
    await server?.stop();
    if (staticDir) rmSync(staticDir, { recursive: true, force: true });
  });

  /** A new release: a changed service worker (and its compressed copies, which the server sends first). */
  function deploy(): void {
    releases += 1;
    appendFileSync(path.join(staticDir, 'sw.js'), `\n// release ${releases}\n`);
    compressFile(path.join(staticDir, 'sw.js'));
  }

  for (const seed of SEEDS) {
    it(`history ${seed}`, { timeout: 120_000 }, async () => {
      const steps = planHistory(seed);
      const done: string[] = [];
      try {
        await history(seed, steps, done);
      } catch (e) {
        const message = e instanceof Error ? (e.stack ?? e.message) : String(e);
        throw new Error(
          `sync fault history seed ${seed} failed. Replay: ${replay(seed)}\n` +
            `steps: ${steps.map(describeStep).join(' → ')}\n` +
            `done: ${done.join(' → ') || '(none)'}\n${message}`,
        );
      }
    });
  }

  async function history(seed: number, steps: Step[], done: string[]): Promise<void> {
    const origin = server.origin;
    const phone = await newPhone(browser, origin);
    const context: BrowserContext = phone.context;
    let page = phone.page;
    let offline = false;
    /** Pushes the next steps answer badly, in order. */
    const pending: Fault[] = [];
    /** While set, every push fails as on no signal (the update step keeps ops queued with it). */
    let blocked = false;
    /** While set, the next push waits for the test to reload the page in the middle of it. */
    let hold: { afterServer: boolean; arrived: () => void; release: Promise<void> } | null = null;
    const made: { kind: OpKind | 'refused-post'; words: string }[] = [];
    let closedPrompt: string | null = null;

    /** Pushes inside the handler below, past its `blocked` check (they may still reach the server). */
    let inflight = 0;
    await context.route(PUSH, async (route: Route) => {
      inflight += 1;
      try {
        // The handler sees a push before the browser's offline switch stops it, and a push fetched here would go
        // round that switch: offline, it fails as the browser would fail it.
        if (blocked || offline) return await route.abort('internetdisconnected');
        if (hold) {
          const h = hold;
          hold = null;
          const response = h.afterServer ? await route.fetch() : null;
          h.arrived();
          await h.release;
          return await (response ? route.fulfill({ response }) : route.continue());
        }
        const fault = pending.shift();
        if (fault) bump(totals.faults, fault);
        if (fault === 'rate-limited')
          return await route.fulfill({ status: 429, headers: { 'retry-after': '1' }, json: { code: 'rate-limited', message: 'Too many requests.' } });
        if (fault === 'server-error') return await route.fulfill({ status: 500, json: { code: 'internal', message: 'Something went wrong.' } });
        if (fault === 'lost-answer') {
          await route.fetch();
          return await route.abort('connectionreset');
        }
        // Fetched here, so a push counts as on its way until its answer is back.
        return await route.fulfill({ response: await route.fetch() });
      } catch {
        // The page that sent it has gone (a reload or a closed page): the request went with it.
      } finally {
        inflight -= 1;
      }
    });

    try {
      const ready = () => page.locator('main h1').first().waitFor({ timeout: 30_000 });
      const setOffline = async (value: boolean) => {
        offline = value;
        await context.setOffline(value);
      };

      // Join online, let the service worker take the page, and read the notice before the first write box.
      const joined = Date.now();
      await page.goto(`${origin}/join/DEMOSHIRE`);
      await page.getByRole('heading', { level: 1, name: t('common:home.title') }).waitFor({ timeout: 30_000 });
      await waitForServiceWorker(page);
      await openFirstPrompt(page);
      const prompts = await page.evaluate(() => location.pathname);
      await page.goto(`${origin}/wall`);
      const refusedPrompt = (await page.locator('a.wall-prompt').nth(1).getAttribute('href')) ?? '';
      expect(refusedPrompt).toMatch(/^\/wall\//);
      expect(refusedPrompt).not.toBe(prompts);
      const device = await deviceId(page);
      done.push(`joined (${Date.now() - joined} ms)`);

      const goto = async (url: string) => {
        await page.goto(`${origin}${url}`).catch(() => undefined);
      };
      const post = async (prompt: string, words: string) => {
        await goto(prompt);
        await page.getByLabel(t('wall:write.label')).fill(words);
        await page.getByRole('button', { name: t('wall:write.send'), exact: true }).click();
        await page.locator('.wall-post-mine', { hasText: words }).waitFor();
      };
      const makeOp = async (kind: OpKind, n: number): Promise<void> => {
        if (kind === 'metoo') {
          await goto(prompts);
          await page.locator('.wall-posts').first().waitFor();
          const card = page
            .locator('.wall-posts li.wall-post:not(.wall-post-mine)')
            .filter({ has: page.getByRole('button', { name: t('wall:meToo.button'), exact: true }) })
            .first();
          if ((await card.count()) > 0) {
            const words = (await card.locator('.wall-post-text').innerText()).trim();
            await card.getByRole('button', { name: t('wall:meToo.button'), exact: true }).click();
            await page
              .locator('.wall-posts li.wall-post', { hasText: words })
              .getByRole('button', { name: t('wall:meToo.done') })
              .waitFor();
            made.push({ kind, words });
            return;
          }
          kind = 'post'; // every post here has its "me too" already: a post instead
        }
        if (kind === 'post') {
          const words = `History ${seed}, post ${n}: more time with my friends after school`;
          await post(prompts, words);
          made.push({ kind, words });
          return;
        }
        const number = `07700 9${String((seed * 16 + n) % 100000).padStart(5, '0')}`;
        await goto('/help/new/contact-me');
        await page.getByRole('radio', { name: t('requests:form.contact.text') }).check();
        await page.getByLabel(t('requests:form.contact.number')).fill(number);
        await page.getByRole('checkbox', { name: t('requests:form.contact.safeToText') }).check();
        await page.getByRole('button', { name: t('requests:form.next') }).click();
        await page.getByRole('button', { name: t('requests:form.send.send'), exact: true }).click();
        await page.waitForURL((u) => !u.pathname.startsWith('/help/new'));
        made.push({ kind, words: number.replace(/\s/g, '') });
      };
      const queued = async () => (await outbox(page)).filter((o) => o.state === 'queued');

      for (const [i, step] of steps.entries()) {
        totals.steps += 1;
        const stepStarted = Date.now();
        if (step.kind === 'op') {
          await makeOp(step.op, i);
        } else if (step.kind === 'network') {
          await setOffline(!offline);
        } else if (step.kind === 'faults') {
          pending.push(...step.faults);
        } else if (step.kind === 'reload') {
          totals.reloads += 1;
          let midSync = false;
          if (!offline && (await queued()).length > 0) {
            // Start a push (coming online is one of the app's triggers) and reload while it is on its way.
            await expect.poll(() => inflight, { timeout: 30_000 }).toBe(0);
            let arrived!: () => void;
            let release!: () => void;
            const arrival = new Promise<void>((r) => (arrived = r));
            hold = { afterServer: step.afterServer, arrived, release: new Promise<void>((r) => (release = r)) };
            await context.setOffline(true);
            await context.setOffline(false);
            midSync = await Promise.race([arrival.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 3_000))]);
            const reloaded = page.reload().catch(() => undefined);
            setTimeout(release, 100);
            await reloaded;
            hold = null;
            release();
          } else {
            await page.reload().catch(() => undefined);
          }
          if (midSync) totals.reloadsMidSync += 1;
          await ready();
        } else if (step.kind === 'new-page') {
          totals.newPages += 1;
          await page.close();
          page = await context.newPage();
          page.on('pageerror', (err) => phone.pageErrors.push(String(err)));
          await goto('/');
          await ready();
        } else if (step.kind === 'update') {
          // Ops must be waiting: if none is, the young person writes one offline first.
          // From here no push gets through until the new version has taken the page (a push already on its way
          // finishes first, and what it delivered is no longer queued).
          blocked = true;
          await expect.poll(() => inflight, { timeout: 30_000 }).toBe(0);
          const wasOffline = offline;
          if ((await queued()).length === 0) {
            await setOffline(true);
            await makeOp('post', i);
          }
          const before = await queued();
          deploy();
          // Back online, the update is found while the pushes still fail.
          await context.setOffline(false);
          await page.evaluate(async () => {
            const reg = await navigator.serviceWorker.getRegistration();
            await reg?.update();
          });
          const prompt = page.getByRole('alert').filter({ hasText: t('common:update.ready') });
          await prompt.waitFor({ timeout: 30_000 });
          const origin0 = await page.evaluate(() => performance.timeOrigin);
          await prompt.getByRole('button', { name: t('common:update.apply') }).click();
          await expect.poll(() => page.evaluate(() => performance.timeOrigin).catch(() => origin0), { timeout: 30_000 }).not.toBe(origin0);
          await page.waitForLoadState('load');
          await ready();
          expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
          // The new version has the same ops, still waiting.
          const after = new Set((await queued()).map((o) => o.id));
          for (const op of before) expect(after.has(op.id), `${op.type} ${op.id} still queued after the update`).toBe(true);
          totals.updates += 1;
          blocked = false;
          await setOffline(wasOffline);
        } else {
          // A post waits offline while the council closes that part of the wall: it must come back refused.
          const wasOffline = offline;
          await setOffline(true);
          const words = `History ${seed}, post ${i}: a place to do homework at the weekend`;
          await post(refusedPrompt, words);
          made.push({ kind: 'refused-post', words });
          closedPrompt = refusedPrompt.replace(/^\/wall\//, '');
          await staffCall(staff.page, 'PATCH', `/api/v1/staff/wall/prompts/${closedPrompt}`, { open: false });
          await setOffline(wasOffline);
        }
        done.push(`${describeStep(step)} (${Date.now() - stepStarted} ms)`);
      }

      // The signal is back for good: the faults still due answer the first pushes (offline, none had met them), then
      // every push gets through, and the phone syncs until nothing waits.
      const finalStarted = Date.now();
      await setOffline(false);
      await expect
        .poll(
          async () => {
            if ((await queued()).length === 0) return 0;
            // Coming online is how the app starts a sync at once (rather than at its backoff's next try).
            await context.setOffline(true);
            await context.setOffline(false);
            await page.waitForTimeout(500);
            return (await queued()).length;
          },
          { timeout: 60_000, interval: 500 },
        )
        .toBe(0);

      done.push(`all sent (${Date.now() - finalStarted} ms)`);

      // Against the server's database: each op made is stored exactly once, and a refused post not at all.
      const db = new SQLite(path.join(server.dataDir, 'heard.sqlite'), { readonly: true, fileMustExist: true });
      try {
        const count = (q: string, ...args: unknown[]) => (db.prepare(q).get(...args) as { n: number }).n;
        for (const m of made) {
          if (m.kind === 'post')
            expect(count('SELECT count(*) AS n FROM wall_posts WHERE text = ? AND device_id = ?', m.words, device), `post "${m.words}"`).toBe(1);
          else if (m.kind === 'refused-post')
            expect(count('SELECT count(*) AS n FROM wall_posts WHERE text = ?', m.words), `refused post "${m.words}"`).toBe(0);
          else if (m.kind === 'metoo')
            expect(
              count(
                'SELECT count(*) AS n FROM wall_me_toos m JOIN wall_posts p ON p.id = m.post_id WHERE p.published_text = ? AND m.device_id = ?',
                m.words,
                device,
              ),
              `me too on "${m.words}"`,
            ).toBe(1);
          else
            expect(
              count("SELECT count(*) AS n FROM requests WHERE device_id = ? AND replace(contact, ' ', '') LIKE ?", device, `%${m.words}%`),
              `request with ${m.words}`,
            ).toBe(1);
        }
        const records = db.prepare('SELECT id, type, result FROM ops WHERE device_id = ?').all(device) as {
          id: string;
          type: string;
          result: string;
        }[];
        const rejected = records.filter((r) => r.result.includes('rejected'));
        expect(records.length, `op records for this phone: ${JSON.stringify(records)}`).toBe(made.length);
        expect(rejected.length, `refused ops: ${JSON.stringify(rejected)}`).toBe(made.filter((m) => m.kind === 'refused-post').length);

        // Nothing waits on the phone; each refusal is kept there with its code and shown with its reason.
        const left = await outbox(page);
        expect(
          left.filter((o) => o.state !== 'rejected'),
          'left in the outbox',
        ).toEqual([]);
        expect(left.map((o) => `${o.id} ${o.code}`).sort()).toEqual(rejected.map((r) => `${r.id} closed`).sort());
      } finally {
        db.close();
      }
      for (const m of made) bump(totals.ops, m.kind);
      const refusals = made.filter((m) => m.kind === 'refused-post').length;
      if (refusals > 0) {
        await page.getByRole('button', { name: t('common:status.couldNotSend', { count: refusals }) }).click();
        await page
          .locator('.rejected-list li', { hasText: t('common:rejected.why', { reason: t('common:refusal.closed') }) })
          .first()
          .waitFor();
        totals.refusals += refusals;
      }
      expect(phone.foreignRequests, 'requests to other sites').toEqual([]);
      expect(phone.pageErrors, 'uncaught errors in the page').toEqual([]);
      totals.histories += 1;
    } finally {
      if (closedPrompt) await staffCall(staff.page, 'PATCH', `/api/v1/staff/wall/prompts/${closedPrompt}`, { open: true });
      await context.close();
    }
  }
});
