// The local offer end to end in real Chromium, in English and in Arabic (right to left): a 19-year-old former relevant
// care leaver living outside Demoshire answers "What is for me?", loses the signal, reloads, and finds the
// setting-up-home allowance by searching unfinished and misspelt words; saves it to "My list"; back online, an admin
// changes the allowance and publishes it through the staff API, and after the phone syncs the item is marked
// "Changed" with what changed. axe-core checks every offer screen on the way.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_COUNCIL_NAME } from '../../src/server/db/seed';
import { DEMO_OFFER } from '../../src/server/features/offer/demo-offer';
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
import { BROWSER_LOCALE, type Lng } from './screens';

// The journey needs the server's offer room (the pull's offerItems and the staff routes).
const serverHasOffer = existsSync(path.resolve(import.meta.dirname, '../../src/server/features/offer/routes-staff.ts'));
const run = browserAvailable() && serverHasOffer;

const ITEM = 'offer-setting-up-home';
const SEARCHES: Record<'en' | 'ar', [string, string]> = {
  // An unfinished word, then a misspelt ending.
  en: ['setting up hom', 'allowences'],
  // Without the hamza and unfinished, then with the article.
  ar: ['تاسيس المنز', 'المنزل'],
};

/** Calls a staff route from the signed-in staff page (its session cookie and the CSRF header, as the staff screens do). */
async function staffCall<T>(page: Page, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, url, body }) => {
      const res = await fetch(url, {
        method,
        headers: { accept: 'application/json', ...(body ? { 'content-type': 'application/json', 'X-Heard-CSRF': '1' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
        credentials: 'same-origin',
      });
      if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
      return res.json();
    },
    { method, url, body },
  ) as Promise<T>;
}

/** Reloads until `ready` is true (the phone syncs on opening), as a young person would pull to refresh. */
async function untilSynced(page: Page, ready: () => Promise<boolean>): Promise<void> {
  await expect
    .poll(
      async () => {
        if (await ready()) return true;
        await page.reload();
        await page.locator('main h1').first().waitFor();
        await page.waitForTimeout(1000);
        return ready();
      },
      { timeout: 60_000, interval: 1000 },
    )
    .toBe(true);
}

describe.skipIf(!run)('the local offer, offline search to "Changed", in Chromium', () => {
  const heard = heardInChromium();
  const demo = DEMO_OFFER.find((d) => d.id === ITEM);

  for (const [n, lng] of (['en', 'ar'] as const).entries()) {
    const t = (key: string, values?: Record<string, string | number>) => text(lng as Lng, key, values);
    const title = demo?.input.title[lng] ?? '';

    it(`${lng}: for me, offline search, my list, and "Changed" after staff publish`, { timeout: 240_000 }, async () => {
      const origin = heard.server.origin;
      const phone = await newPhone(heard.browser, origin, BROWSER_LOCALE[lng]);
      const { page, context } = phone;
      await page.goto(`${origin}/join/DEMOSHIRE`);
      await page.getByRole('heading', { level: 1, name: t('common:home.title') }).waitFor({ timeout: 30_000 });
      await waitForServiceWorker(page);

      // 1. The offer's front page, then "What is for me?" answered as a 19-year-old former relevant care leaver
      // living outside Demoshire.
      await page.goto(`${origin}/offer/category/money`);
      await page.getByRole('heading', { level: 1, name: t('offer:categories.money') }).waitFor();
      await untilSynced(page, async () => (await page.getByRole('link', { name: title }).count()) > 0);
      await page.goto(`${origin}/offer`);
      await page.getByRole('heading', { level: 1, name: t('offer:title') }).waitFor();
      await expectNoAxeViolations(page, `${lng} offer`);
      await page.getByRole('link', { name: t('offer:forMe.card') }).click();
      await page.getByLabel(t('offer:forMe.age')).fill('19');
      const answer = (question: string, choice: string) =>
        page.getByRole('group', { name: question }).getByRole('radio', { name: choice, exact: true }).check();
      await answer(t('offer:forMe.inCareAfter16'), t('offer:forMe.answers.yes'));
      await answer(t('offer:forMe.thirteenWeeks'), t('offer:forMe.answers.yes'));
      await answer(t('offer:forMe.outOfArea', { council: DEMO_COUNCIL_NAME }), t('offer:forMe.answers.yes'));
      await answer(t('offer:forMe.inEducation'), t('offer:forMe.answers.no'));
      await answer(t('offer:forMe.uasc'), t('offer:forMe.answers.no'));
      await answer(t('offer:forMe.where'), t('offer:forMe.places.england'));
      await expectNoAxeViolations(page, `${lng} for me questions`);
      await page.getByRole('button', { name: t('offer:forMe.show') }).click();
      const forYou = page.getByRole('list', { name: t('offer:forMe.results') });
      await forYou.getByRole('link', { name: title }).waitFor();
      await expect.poll(() => page.getByText(t('offer:reasons.age', { age: 19 })).count()).toBeGreaterThan(0);
      await page
        .getByText(t('offer:reasons.outOfArea.only', { council: DEMO_COUNCIL_NAME }))
        .first()
        .waitFor();
      await expectNoAxeViolations(page, `${lng} for me`);
      await screenshot(page, `offer-${lng}-1-for-me`);

      // 2. No signal: the offer still opens after a reload, and the search finds the allowance.
      await context.setOffline(true);
      await page.goto(`${origin}/offer`);
      await page.getByRole('heading', { level: 1, name: t('offer:title') }).waitFor();
      const box = page.getByRole('searchbox', { name: t('offer:search.label') });
      const results = page.getByRole('list', { name: t('offer:search.button') });
      for (const words of SEARCHES[lng]) {
        await box.fill(words);
        await expect
          .poll(async () => ((await results.count()) ? (await results.getByRole('link').first().innerText()).includes(title) : false))
          .toBe(true);
      }
      await expectNoAxeViolations(page, `${lng} offer search`);
      await screenshot(page, `offer-${lng}-2-search-offline`);
      await results.getByRole('link').first().click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.getByRole('button', { name: t('offer:item.save') }).click();
      await page.getByRole('button', { name: t('offer:item.remove') }).waitFor();
      await expectNoAxeViolations(page, `${lng} offer item`);
      await page.goto(`${origin}/offer/my-list`);
      await page.getByRole('link', { name: title }).waitFor();
      await expectNoAxeViolations(page, `${lng} my list`);
      await page.goto(`${origin}/offer/category/money`);
      await page.getByRole('link', { name: title }).waitFor();
      await expectNoAxeViolations(page, `${lng} offer category`);
      await page.goto(`${origin}/help/ask/${ITEM}`);
      await page.getByText(t('requests:ask.about', { title })).waitFor();
      await expectNoAxeViolations(page, `${lng} ask my PA`);

      // 3. Back online: an admin raises the allowance and publishes it, checks acknowledged.
      await context.setOffline(false);
      const staff = await heard.browser.newContext({ locale: 'en-GB' });
      const desk = await staff.newPage();
      await signInStaff(desk, origin, demoAccount('admin'));
      const note = { en: `It went up (${lng}).`, cy: `Aeth i fyny (${lng}).`, ar: `ارتفع المبلغ (${lng}).` };
      if (!demo) throw new Error(`${ITEM} is not in Demoshire's offer`);
      await staffCall(desk, 'PUT', `/api/v1/staff/offer/${ITEM}`, { ...demo.input, amount: { pence: 320000 + n * 10000, per: 'once', note: null } });
      await staffCall(desk, 'POST', `/api/v1/staff/offer/${ITEM}/publish`, { acknowledgeChecks: true, changeNote: note });
      await staff.close();

      // 4. The phone syncs: "My list" marks it changed, and the item says what changed.
      await page.goto(`${origin}/offer/my-list`);
      await page.getByRole('heading', { level: 1, name: t('offer:myList.title') }).waitFor();
      await untilSynced(page, async () => (await page.getByText(t('offer:item.changed'), { exact: true }).count()) > 0);
      await screenshot(page, `offer-${lng}-3-changed`);
      await page.getByRole('link', { name: title }).click();
      await page.getByText(t('offer:item.changedSince')).waitFor();
      await page.getByText(note[lng]).waitFor();
      await expectNoAxeViolations(page, `${lng} offer item changed`);
      await phone.context.close();
    });
  }
});
