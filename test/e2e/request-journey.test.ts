// "Ask for help" end to end in real Chromium, in English and in Arabic (right to left): a complaint written offline
// waits on the phone as "not sent yet", goes when the signal comes back, and the phone shows its reference and its
// check code (once, large). The demo complaints officer answers stage 1 through the staff API; a second phone (another
// browser context, nothing shared) opens the request with the reference and check code and asks for stage 2, which the
// council cannot refuse. The due dates shown are the shared clock's (day 0 is the day received; working days skip
// weekends and England-and-Wales bank holidays). axe-core checks each new screen.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addWorkingDays, DEFAULT_TIMESCALES, londonDate } from '../../src/shared/requests/clock';
import { englandAndWalesHolidays } from '../../src/shared/requests/bank-holidays';
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

// The journey needs the server's request ops, lookup and staff casework routes.
const serverHasRequests = ['src/server/features/requests/routes.ts', 'src/server/features/requests/routes-staff.ts'].every((f) =>
  existsSync(path.resolve(import.meta.dirname, '../..', f)),
);
const run = browserAvailable() && serverHasRequests;

/** A date as the phone writes it in `lng` (the same Intl options as src/app/ui/format-day.ts). */
function shown(day: string, lng: Lng): string {
  const locale = lng === 'ar' ? 'ar-u-nu-latn' : 'en-GB';
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
}

/** Calls a staff route from the signed-in staff page (its session cookie and the CSRF header, as the staff screens do). */
async function staffCall<T>(page: Page, method: 'GET' | 'POST', url: string, body?: unknown): Promise<T> {
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

describe.skipIf(!run)('asking for help, from offline to stage 2 on another phone, in Chromium', () => {
  const heard = heardInChromium();
  const holidays = englandAndWalesHolidays();
  const england = DEFAULT_TIMESCALES.england;

  for (const lng of ['en', 'ar'] as const) {
    const t = (key: string, values?: Record<string, string | number>) => text(lng, key, values);

    it(
      `${lng}: a complaint made offline is delivered, answered, and taken to stage 2 with the reference and check code`,
      { timeout: 240_000 },
      async () => {
        const origin = heard.server.origin;
        const words = `${lng} — nobody told me I was moving school ${Date.now()}`;

        // 1. A phone joins, then loses its signal and makes a complaint.
        const phone = await newPhone(heard.browser, origin, BROWSER_LOCALE[lng]);
        const { page, context } = phone;
        await page.goto(`${origin}/join/DEMOSHIRE`);
        await page.getByRole('heading', { level: 1, name: t('common:home.title') }).waitFor({ timeout: 30_000 });
        expect(await page.evaluate(() => document.documentElement.dir)).toBe(lng === 'ar' ? 'rtl' : 'ltr');
        await waitForServiceWorker(page);
        await page.goto(`${origin}/help`);
        await page.getByRole('heading', { level: 1, name: t('requests:title') }).waitFor();
        await expectNoAxeViolations(page, `${lng} ask for help`);
        await context.setOffline(true);
        await page.getByRole('link', { name: t('requests:doors.complaint.title') }).click();
        await page.getByText(t('requests:form.offline')).waitFor();
        const next = () => page.getByRole('button', { name: t('requests:form.next'), exact: true }).click();
        await page.getByRole('radio', { name: t('requests:topic.school'), exact: true }).check();
        await next();
        await page.getByLabel(t('requests:form.what.details')).fill(words);
        await next();
        await page.getByRole('radio', { name: t('requests:form.when.recent'), exact: true }).check();
        await next();
        await page.getByRole('radio', { name: t('requests:form.who.me'), exact: true }).check();
        await next();
        await page.getByRole('radio', { name: t('requests:form.contact.through-worker'), exact: true }).check();
        await page.getByRole('radio', { name: t('requests:form.contact.workers.iro'), exact: true }).check();
        await next();
        await page.getByRole('radio', { name: t('requests:form.advocate.yes'), exact: true }).check();
        await next();
        await next();
        await page.getByRole('heading', { level: 2, name: t('requests:form.send.title') }).waitFor();
        await expectNoAxeViolations(page, `${lng} ready to send`);
        await page.getByRole('button', { name: t('requests:form.send.send'), exact: true }).click();
        await page.getByText(t('requests:request.notSentYet')).waitFor();
        await screenshot(page, `request-${lng}-1-not-sent`);

        // 2. The signal comes back: it is delivered, and the phone shows the reference and the check code, large, once.
        await context.setOffline(false);
        const refBox = page.locator('.requests-ref-value');
        await expect
          .poll(
            async () => {
              if (await refBox.count()) return true;
              await page.reload();
              await page.locator('main h1').first().waitFor();
              await page.waitForTimeout(1000);
              return (await refBox.count()) > 0;
            },
            { timeout: 60_000, interval: 1000 },
          )
          .toBe(true);
        const ref = (await refBox.innerText()).trim();
        expect(ref).toMatch(/^HRD-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
        await page.getByText(t('requests:request.code.once')).waitFor();
        const checkCode = (await page.locator('.requests-code').innerText()).replace(/\s/g, '');
        expect(checkCode).toMatch(/^[2-9A-Z]{10}$/);
        const received = londonDate(new Date());
        const due1 = addWorkingDays(received, england.stage1, holidays);
        await page.getByText(t('requests:request.next.due', { date: shown(due1, lng) })).waitFor();
        await page.getByText(t('requests:request.workingDays')).waitFor();
        await expectNoAxeViolations(page, `${lng} request delivered, with its check code`);
        await screenshot(page, `request-${lng}-2-reference-and-code`);
        await page.getByRole('button', { name: t('requests:request.code.kept') }).click();
        await page.getByRole('button', { name: t('requests:request.code.show') }).waitFor();

        // 3. The demo complaints officer answers stage 1 (not upheld) through the staff API.
        const staff = await newPhone(heard.browser, origin, 'en-GB');
        await signInStaff(staff.page, origin, demoAccount('complaints'));
        const queue = await staffCall<{ items: Array<{ id: string; ref: string }> }>(
          staff.page,
          'GET',
          '/api/v1/staff/requests?status=open&pageSize=100',
        );
        const item = queue.items.find((i) => i.ref === ref);
        expect(item).toBeDefined();
        await staffCall(staff.page, 'POST', `/api/v1/staff/requests/${item?.id}/respond`, {
          stage: 1,
          outcome: 'not-upheld',
          text: 'We looked into it.',
        });
        await staff.context.close();

        // 4. A second phone — nothing shared with the first — opens it with the reference and check code.
        const other = await newPhone(heard.browser, origin, BROWSER_LOCALE[lng]);
        await other.page.goto(`${origin}/join/DEMOSHIRE`);
        await other.page.getByRole('heading', { level: 1, name: t('common:home.title') }).waitFor({ timeout: 30_000 });
        await other.page.goto(`${origin}/help/reference`);
        await other.page.getByText(t('requests:lookup.shared')).waitFor();
        await other.page.getByLabel(t('requests:lookup.ref')).fill(ref.toLowerCase());
        await other.page.getByLabel(t('requests:lookup.code')).fill(`${checkCode.slice(0, 5)} ${checkCode.slice(5)}`);
        await other.page.getByRole('button', { name: t('requests:lookup.open') }).click();
        await other.page.locator('.requests-ref-value', { hasText: ref }).waitFor();
        const responded = londonDate(new Date());
        await other.page.getByText(t('requests:request.next.can-ask-next', { date: shown(responded, lng) })).waitFor();
        const askBy = addWorkingDays(responded, england.stage2Window, holidays);
        await other.page.getByText(t('requests:request.next.can-ask-next-by', { date: shown(askBy, lng) })).waitFor();
        await expectNoAxeViolations(other.page, `${lng} request looked up on another phone`);

        // 5. "I'm not happy — ask for stage 2": the council cannot block it; stage 2 has its own due date.
        await other.page.getByRole('button', { name: t('requests:request.escalate.button', { stage: 2 }) }).click();
        await other.page.getByRole('button', { name: t('requests:request.escalate.confirm', { stage: 2 }) }).click();
        const due2 = addWorkingDays(londonDate(new Date()), england.stage2, holidays);
        await other.page.getByText(t('requests:request.next.due', { date: shown(due2, lng) })).waitFor({ timeout: 20_000 });
        await other.page.getByText(t('requests:request.stage', { stage: 2, total: 3 }), { exact: false }).waitFor();
        await screenshot(other.page, `request-${lng}-3-stage-2-from-another-phone`);
        // Nothing looked up is kept on the borrowed phone.
        const kept = await other.page.evaluate(async () => {
          const open = indexedDB.open('heard');
          const db: IDBDatabase = await new Promise((resolve, reject) => {
            open.onsuccess = () => resolve(open.result);
            open.onerror = () => reject(open.error);
          });
          const count = (name: string) =>
            new Promise<number>((resolve) => {
              const req = db.transaction(name).objectStore(name).count();
              req.onsuccess = () => resolve(req.result);
            });
          return [await count('myItems'), await count('requestCodes')];
        });
        expect(kept).toEqual([0, 0]);

        // 6. The first phone hears of stage 2 at its next sync.
        await expect
          .poll(
            async () => {
              await page.reload();
              await page.locator('main h1').first().waitFor();
              await page.waitForTimeout(1000);
              return page.getByText(t('requests:request.next.due', { date: shown(due2, lng) })).count();
            },
            { timeout: 60_000, interval: 1000 },
          )
          .toBeGreaterThan(0);
        expect(phone.foreignRequests).toEqual([]);
        expect(phone.pageErrors).toEqual([]);
        await other.context.close();
        await context.close();
      },
    );
  }
});
