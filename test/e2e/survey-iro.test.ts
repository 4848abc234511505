// An IRO-assisted run in real Chromium: an IRO signs in (online), goes offline and runs two children in turn on one
// device. After the first child's hand-back, nothing of their answers can be found by the second: not in any
// IndexedDB database or store, localStorage, sessionStorage, Cache Storage or the page. The sealed queue holds the two
// sealed responses; back online both are delivered and the server holds two 'iro' responses. Screenshot of the
// hand-back screen at 360 px. A reload with no signal (the tablet restarted the browser at the review) still opens the
// survey as the IRO this device last saw, saying it is offline.
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  browserAvailable,
  demoAccount,
  expectNoAxeViolations,
  heardInChromium,
  newPhone,
  screenshot,
  signInStaff,
  waitForServiceWorker,
} from './harness';
import { text } from './locale-text';

const run = browserAvailable();
const s = (key: string, values?: Record<string, string | number>) => text('en', `survey-iro:${key}`, values);
const FIRST = 'Purplezebra marmalade 7391';
const SECOND = 'Orangegiraffe teacup 5528';

/** Every place a later user of the page could read: all IndexedDB databases and stores, web storage, caches, the DOM. */
async function findEverywhere(page: Page, needle: string): Promise<string[]> {
  return page.evaluate(async (needle: string) => {
    const found: string[] = [];
    const low = needle.toLowerCase();
    const has = (v: string) => v.toLowerCase().includes(low);
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(info.name!);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result as unknown[]);
          req.onerror = () => reject(req.error);
        });
        if (has(JSON.stringify(rows))) found.push(`indexedDB ${info.name}/${store}`);
      }
      db.close();
    }
    for (const [name, area] of [
      ['localStorage', localStorage],
      ['sessionStorage', sessionStorage],
    ] as const) {
      for (let i = 0; i < area.length; i++) {
        const key = area.key(i) ?? '';
        if (has(key) || has(area.getItem(key) ?? '')) found.push(`${name} ${key}`);
      }
    }
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const body = await (await cache.match(request))?.text();
        if (body && has(body)) found.push(`cache ${name} ${request.url}`);
      }
    }
    const fields = Array.from(document.querySelectorAll('input, textarea'))
      .map((el) => (el as HTMLInputElement).value)
      .join(' ');
    if (has(document.documentElement.outerHTML) || has(document.body.innerText) || has(fields)) found.push('the page');
    return found;
  }, needle);
}

const sealedCount = (page: Page) =>
  page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('heard');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const n = await new Promise<number>((resolve) => {
      const req = db.transaction('sealedQueue').objectStore('sealedQueue').count();
      req.onsuccess = () => resolve(req.result);
    });
    db.close();
    return n;
  });

/** One child's turn: the 8–11 survey, every question skipped but the free-text one, then the adult's press and hold. */
async function childTurn(page: Page, words: string, shot?: string): Promise<void> {
  const child = page.locator('#iro-child');
  await child.waitFor();
  // The staff area is out of reach while the child has the device.
  expect(await page.locator('#root').getAttribute('inert')).not.toBeNull();
  if (shot) {
    await child.getByText(s('child.progress', { n: 1, total: 31 }).replace(/\d+$/, ''), { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'IRO child question');
    await screenshot(page, 'iro-question-360');
  }
  for (let i = 0; i < 80; i++) {
    if (await child.getByRole('heading', { name: s('child.doneTitle') }).isVisible()) break;
    const box = child.locator('textarea');
    if ((await box.count()) > 0 && (await box.inputValue()) === '') {
      await box.fill(words);
      // The search can find the words where they are (so its empty answer after the hand-back means something).
      expect(await findEverywhere(page, words)).toEqual(['the page']);
    }
    const next = child.getByRole('button', { name: new RegExp(`^(${s('child.next')}|${s('child.skip')})$`) });
    await next.click();
  }
  await child.getByRole('button', { name: s('child.finish') }).click();
  await child.getByRole('heading', { name: s('handBack.title') }).waitFor();
  if (shot) {
    await expectNoAxeViolations(page, 'IRO hand-back');
    await screenshot(page, shot);
  }
  const hold = child.getByRole('button', { name: s('handBack.hold') });
  await hold.hover();
  await page.mouse.down();
  await page.waitForTimeout(1600);
  await page.mouse.up();
  await page.getByText(s('after.sealed')).waitFor();
}

describe.skipIf(!run)('IRO-assisted survey in Chromium', () => {
  const heard = heardInChromium();

  it('runs two children offline, leaves nothing of the first readable, and delivers both sealed', async () => {
    const { page, context, pageErrors } = await newPhone(heard.browser, heard.server.origin);
    await signInStaff(page, heard.server.origin, demoAccount('iro'));
    await page.goto(`${heard.server.origin}/staff/survey-with-young-person`);
    await page.getByRole('heading', { level: 1, name: s('title') }).waitFor();
    await page.getByText(/Surveys kept on this device/).waitFor();
    await expectNoAxeViolations(page, 'IRO survey start');

    await context.setOffline(true);
    await page.getByLabel(s('bands.8-11')).check();
    await page.getByRole('button', { name: s('handOver') }).click();
    await childTurn(page, FIRST, 'iro-hand-back-360');

    // The second child gets the device: nothing of the first is anywhere they could look.
    expect(await findEverywhere(page, FIRST)).toEqual([]);
    expect(await findEverywhere(page, 'Purplezebra')).toEqual([]);
    expect(await sealedCount(page)).toBe(1);

    await page.getByRole('button', { name: s('next') }).click();
    await childTurn(page, SECOND);
    expect(await findEverywhere(page, SECOND)).toEqual([]);
    expect(await findEverywhere(page, FIRST)).toEqual([]);
    expect(await sealedCount(page)).toBe(2);
    await page.getByText(s('queue.waiting', { surveys: 2, tallies: 0 })).waitFor();

    // Back online: both delivered, the queue empties, and the server holds two 'iro' responses.
    await context.setOffline(false);
    await page.getByText(s('queue.allSent')).waitFor({ timeout: 20_000 });
    expect(await sealedCount(page)).toBe(0);
    const db = new Database(path.join(heard.server.dataDir, 'heard.sqlite'), { readonly: true });
    try {
      // Held until a batch of its own moves them to survey_responses.
      const rows = db
        .prepare("select answers from survey_held where mode = 'iro' union all select answers from survey_responses where mode = 'iro'")
        .all() as { answers: string }[];
      expect(rows).toHaveLength(2);
      const all = rows.map((r) => r.answers).join(' ');
      expect(all).toContain(FIRST);
      expect(all).toContain(SECOND);
    } finally {
      db.close();
    }
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('reopens the survey after a reload with no signal, as the IRO this device last saw', async () => {
    const { page, context, pageErrors } = await newPhone(heard.browser, heard.server.origin);
    await signInStaff(page, heard.server.origin, demoAccount('iro'));
    await page.goto(`${heard.server.origin}/staff/survey-with-young-person`);
    await page.getByText(/Surveys kept on this device/).waitFor();
    await waitForServiceWorker(page);

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: s('title') }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: text('en', 'staff:offlineKept') })
      .waitFor();
    expect(await page.getByRole('button', { name: text('en', 'staff:signIn.submit') }).count()).toBe(0);
    await page.getByText(/Surveys kept on this device/).waitFor();
    await expectNoAxeViolations(page, 'IRO survey start, reloaded offline');
    await page.getByLabel(s('bands.8-11')).check();
    await page.getByRole('button', { name: s('handOver') }).click();
    const child = page.locator('#iro-child');
    await child.getByText(s('child.progress', { n: 1, total: 31 }).replace(/\d+$/, ''), { exact: false }).waitFor();
    await child.getByRole('button', { name: s('child.stop') }).click();
    await child.getByRole('heading', { name: s('handBack.title') }).waitFor();
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  for (const lng of ['cy', 'ar'] as const) {
    it(`passes axe on the start, a question and the hand-back in ${lng}`, async () => {
      const t = (key: string) => text(lng, `survey-iro:${key}`);
      const { page, context } = await newPhone(heard.browser, heard.server.origin, lng === 'cy' ? 'cy-GB' : 'ar');
      await signInStaff(page, heard.server.origin, demoAccount('iro'), lng);
      await page.goto(`${heard.server.origin}/staff/survey-with-young-person`);
      await page.getByRole('heading', { level: 1, name: t('title') }).waitFor();
      await page.getByLabel(t('bands.11-18')).check();
      await expectNoAxeViolations(page, `IRO survey start (${lng})`);
      await page.getByRole('button', { name: t('handOver') }).click();
      const child = page.locator('#iro-child');
      await child.getByRole('button', { name: t('child.stop') }).waitFor();
      await expectNoAxeViolations(page, `IRO child question (${lng})`);
      await screenshot(page, `iro-question-${lng}-360`);
      await child.getByRole('button', { name: t('child.stop') }).click();
      await child.getByRole('heading', { name: t('handBack.title') }).waitFor();
      await expectNoAxeViolations(page, `IRO hand-back (${lng})`);
      await context.close();
    });
  }
});
