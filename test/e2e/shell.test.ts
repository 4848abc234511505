// The shell's promises in real Chromium: quick exit (a button and Escape twice) leaves nothing of Heard on Back,
// and a new version is offered, not forced: the update prompt appears, and updating keeps what is waiting to be sent
// (a wall post and a request queued offline stay queued through the new worker and its reload, then each is stored once).
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressFile } from '../../src/server/cli/compress-build';
import { NEUTRAL_SITE } from '../../src/app/shell/quick-exit';
import {
  openFirstPrompt,
  axe,
  browserAvailable,
  launchBrowser,
  newPhone,
  screenshot,
  startServer,
  waitForServiceWorker,
  type HeardServer,
} from './harness';
import { text } from './locale-text';

const run = browserAvailable();
const ROOT = path.resolve(import.meta.dirname, '../..');
const t = (key: string, values?: Record<string, string | number>) => text('en', key, values);

describe.skipIf(!run)('shell in Chromium', () => {
  let server: HeardServer;
  let browser: Browser;
  let staticDir: string;

  beforeAll(async () => {
    // A copy of the build this test can "deploy a new version" into.
    staticDir = mkdtempSync(path.join(tmpdir(), 'heard-dist-'));
    cpSync(path.join(ROOT, 'dist'), staticDir, { recursive: true });
    server = await startServer({ staticDir });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (staticDir) rmSync(staticDir, { recursive: true, force: true });
  });

  it('quick exit blanks the page, opens a neutral site, and Back shows nothing of Heard', async () => {
    const phone = await newPhone(browser, server.origin);
    const { page, context } = phone;
    // The neutral site is answered locally: the test never leaves the machine.
    await context.route(`${NEUTRAL_SITE}**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }),
    );
    await page.goto('about:blank');
    await page.goto(`${server.origin}/join/DEMOSHIRE`);
    await page.getByRole('heading', { level: 1, name: t('common:home.title') }).waitFor();
    await openFirstPrompt(page);
    await page.getByLabel(t('wall:write.label')).waitFor();

    // Escape twice, from anywhere on the page.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForURL(`${NEUTRAL_SITE}**`);
    await page.getByRole('heading', { name: 'Weather' }).waitFor();

    // Back goes to where the young person was before Heard, not to any Heard screen.
    await page.goBack();
    expect(page.url()).toBe('about:blank');

    // The button does the same.
    await page.goto(`${server.origin}/wall`);
    await page.getByRole('button', { name: t('common:quickExit.button') }).click();
    await page.waitForURL(`${NEUTRAL_SITE}**`);
    await page.goBack();
    expect(page.url()).toBe('about:blank');

    expect(phone.foreignRequests.filter((u) => !u.startsWith(NEUTRAL_SITE))).toEqual([]);
    expect(phone.pageErrors).toEqual([]);
    await context.close();
  });

  it(
    'an update accepted while a wall post and a request wait offline keeps both queued, then each is stored once',
    { timeout: 180_000 },
    async () => {
      const phone = await newPhone(browser, server.origin);
      const { page, context } = phone;
      await page.goto(`${server.origin}/join/DEMOSHIRE`);
      await page.getByRole('heading', { level: 1, name: t('common:home.title') }).waitFor();
      await waitForServiceWorker(page);
      await openFirstPrompt(page);

      // Offline: a wall post and a "contact me" request wait on the phone.
      await context.setOffline(true);
      const words = `A bike to get to college ${Date.now()}`;
      await page.getByLabel(t('wall:write.label')).fill(words);
      await page.getByRole('button', { name: t('wall:write.send'), exact: true }).click();
      await page.getByText(t('common:status.notSent', { count: 1 })).waitFor();
      await page.goto(`${server.origin}/help/new/contact-me`).catch(() => undefined);
      await page.getByRole('radio', { name: t('requests:form.contact.text') }).check();
      await page.getByLabel(t('requests:form.contact.number')).fill('07700 900456');
      await page.getByRole('checkbox', { name: t('requests:form.contact.safeToText') }).check();
      await page.getByRole('button', { name: t('requests:form.next') }).click();
      await page.getByRole('button', { name: t('requests:form.send.send'), exact: true }).click();
      await page.getByText(t('requests:request.notSentYet')).waitFor();
      const queued = await outbox(page);
      expect(queued.map((o) => o.type).sort()).toEqual(['request.create', 'wall.post']);
      expect(queued.every((o) => o.state === 'queued')).toBe(true);

      // A new release is deployed. Back online the worker update is found, but the sync cannot get through yet (the
      // pushes fail as on a signal that comes and goes), so both ops are still waiting when the update is accepted.
      appendFileSync(path.join(staticDir, 'sw.js'), `\n// next release ${Date.now()}\n`);
      compressFile(path.join(staticDir, 'sw.js'));
      let blockedPushes = 0;
      await context.route('**/api/v1/sync/push', (route) => {
        blockedPushes += 1;
        return route.abort('internetdisconnected');
      });
      await context.setOffline(false);
      await page.evaluate(async () => {
        const reg = await navigator.serviceWorker.getRegistration();
        await reg?.update();
      });
      const prompt = page.getByRole('alert').filter({ hasText: t('common:update.ready') });
      await prompt.waitFor({ timeout: 30_000 });
      const before = await page.evaluate(() => performance.timeOrigin);
      await prompt.getByRole('button', { name: t('common:update.apply') }).click();
      await expect.poll(() => page.evaluate(() => performance.timeOrigin).catch(() => before), { timeout: 30_000 }).not.toBe(before);
      await page.waitForLoadState('load');
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();

      // After the update and its reload: the same two ops, still queued.
      await expect
        .poll(async () => (await outbox(page)).map((o) => `${o.id} ${o.state}`).sort(), { timeout: 15_000 })
        .toEqual(queued.map((o) => `${o.id} queued`).sort());
      expect(blockedPushes, 'the sync tried and failed while the update happened').toBeGreaterThan(0);

      // The signal is back for real: both go, and the server stores each once.
      await context.unroute('**/api/v1/sync/push');
      await context.setOffline(true);
      await context.setOffline(false);
      await expect.poll(async () => (await outbox(page)).length, { timeout: 30_000 }).toBe(0);
      const db = new SQLite(path.join(server.dataDir, 'heard.sqlite'), { readonly: true, fileMustExist: true });
      try {
        const count = (q: string, id: string) => (db.prepare(q).get(id) as { n: number }).n;
        for (const op of queued) expect(count('SELECT count(*) AS n FROM ops WHERE id = ?', op.id), op.type).toBe(1);
        const post = queued.find((o) => o.type === 'wall.post')!;
        const request = queued.find((o) => o.type === 'request.create')!;
        expect(count('SELECT count(*) AS n FROM wall_posts WHERE op_id = ?', post.id)).toBe(1);
        expect(count('SELECT count(*) AS n FROM wall_posts WHERE text = ?', words)).toBe(1);
        expect(count('SELECT count(*) AS n FROM requests WHERE op_id = ?', request.id)).toBe(1);
      } finally {
        db.close();
      }
      expect(phone.foreignRequests).toEqual([]);
      expect(phone.pageErrors).toEqual([]);
      await context.close();
    },
  );

  it('offers a new version, and updating keeps the post that was waiting to be sent', async () => {
    const phone = await newPhone(browser, server.origin);
    const { page, context } = phone;
    await page.goto(`${server.origin}/join/DEMOSHIRE`);
    await page.getByRole('heading', { level: 1, name: t('common:home.title') }).waitFor();
    await waitForServiceWorker(page);
    await openFirstPrompt(page);

    // A post waits offline while a new version is deployed.
    await context.setOffline(true);
    const words = `More time with my sister after school ${Date.now()}`;
    await page.getByLabel(t('wall:write.label')).fill(words);
    await page.getByRole('button', { name: t('wall:write.send'), exact: true }).click();
    await page.getByText(t('common:status.notSent', { count: 1 })).waitFor();
    appendFileSync(path.join(staticDir, 'sw.js'), `\n// next release ${Date.now()}\n`);
    // A release is a new build: its compressed copies are made again too (the server sends those first).
    compressFile(path.join(staticDir, 'sw.js'));

    // Back online, the browser's update check finds the new worker; the app asks before using it.
    await context.setOffline(false);
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      await reg?.update();
    });
    const prompt = page.getByRole('alert').filter({ hasText: t('common:update.ready') });
    await prompt.waitFor({ timeout: 30_000 });
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null)).toBe(true);
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'en-update-prompt');

    const before = await page.evaluate(() => performance.timeOrigin);
    await prompt.getByRole('button', { name: t('common:update.apply') }).click();
    // The new worker takes over and the page reloads itself under it.
    await expect.poll(() => page.evaluate(() => performance.timeOrigin).catch(() => before), { timeout: 30_000 }).not.toBe(before);
    await page.getByLabel(t('wall:write.label')).waitFor();
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
    expect(await page.getByText(t('common:update.ready')).count()).toBe(0);

    // Nothing was lost: the post is on this phone and reached the council.
    await page.locator('.wall-post-mine', { hasText: words }).getByText(t('wall:journey.delivered')).waitFor({ timeout: 30_000 });
    expect(phone.foreignRequests).toEqual([]);
    expect(phone.pageErrors).toEqual([]);
    await context.close();
  });
});

/** The phone's outbox, in sending order. */
function outbox(page: Page): Promise<{ id: string; type: string; state: string }[]> {
  return page.evaluate(
    () =>
      new Promise<{ id: string; type: string; state: string }[]>((resolve, reject) => {
        const open = indexedDB.open('heard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('outbox').objectStore('outbox').getAll();
          req.onsuccess = () => {
            open.result.close();
            resolve((req.result as { id: string; type: string; state: string }[]).map(({ id, type, state }) => ({ id, type, state })));
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}
