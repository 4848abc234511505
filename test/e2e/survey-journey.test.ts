// "How's life?" for an 8-year-old in real Chromium: join Demoshire, go offline, open the survey, give the age, have a
// question read aloud, answer a few, reload in the middle (the answers are kept and "Carry on" goes back to the right
// question), finish, send while offline, come back online: the sync delivers it and the server holds exactly one
// anonymous response with those answers. axe checks the survey's screens on the way.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { surveyResultsSchema } from '../../src/shared/survey/results';
import {
  browserAvailable,
  demoAccount,
  expectNoAxeViolations,
  heardInChromium,
  newPhone,
  screenshot,
  signInStaff,
  stubSpeech,
  waitForServiceWorker,
} from './harness';
import { text } from './locale-text';
import { join } from './screens';

const run = browserAvailable();
const t = (key: string, values?: Record<string, string | number>) => text('en', key, values);
const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: { text: string }[] }).__spoken.map((s) => s.text));
const questionText = (page: Page) => page.getByRole('heading', { level: 2 }).innerText();
const choose = (page: Page, name: string) => page.getByRole('radio', { name, exact: true }).check();
const next = (page: Page) => page.getByRole('button', { name: t('surveys:question.next'), exact: true }).click();

describe.skipIf(!run)("How's life? in Chromium", () => {
  const heard = heardInChromium();

  it('an 8-year-old answers offline, reloads in the middle, sends, and the council gets one anonymous response', async () => {
    const { page, context, pageErrors } = await newPhone(heard.browser, heard.server.origin);
    await context.addInitScript(stubSpeech, ['en-GB']);
    await join(page, heard.server.origin, 'en');
    await waitForServiceWorker(page);
    await context.setOffline(true);

    // From the home screen's card, offline.
    await page.locator('main a[href="/survey"]').click();
    await page.getByRole('heading', { level: 1, name: t('surveys:age.title') }).waitFor();
    await expectNoAxeViolations(page, 'survey age');
    await page.getByRole('button', { name: '8', exact: true }).click();
    await page.getByRole('button', { name: t('surveys:intro.start') }).click();

    // Question 1, read aloud: the question's read-aloud words (with how to answer) are what the phone says.
    await page.getByRole('progressbar').waitFor();
    expect(await page.getByRole('progressbar').getAttribute('aria-valuetext')).toBe(t('surveys:question.progress', { n: 1, total: 29 }));
    expect(await questionText(page)).toBe('How did you feel yesterday?');
    await page.getByRole('button', { name: 'Read aloud: How did you feel yesterday?' }).click();
    await expect.poll(() => spoken(page)).toEqual([expect.stringContaining('Pick the face that shows how you felt')]);
    await page.getByRole('button', { name: 'Read aloud: Happy' }).click();
    await expect.poll(async () => (await spoken(page)).at(-1)).toBe('Happy');
    await choose(page, 'Happy');
    await expectNoAxeViolations(page, 'survey question (faces)');
    await screenshot(page, 'survey-question-360');
    await next(page);
    await choose(page, 'Yes');
    await next(page);
    await choose(page, 'All or most of the time');
    await next(page);
    expect(await questionText(page)).toBe('Do you feel you know your social worker?');

    // A reload in the middle, still offline: the answers wait on the phone, and "Carry on" opens question 4.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: t('surveys:resume.title') }).waitFor();
    await page.getByText(t('surveys:resume.body', { count: 3 })).waitFor();
    await expectNoAxeViolations(page, 'survey resume');
    await page.getByRole('button', { name: t('surveys:resume.carryOn') }).click();
    expect(await questionText(page)).toBe('Do you feel you know your social worker?');
    expect(await page.getByRole('progressbar').getAttribute('aria-valuetext')).toBe(t('surveys:question.progress', { n: 4, total: 29 }));
    await page.getByRole('button', { name: t('surveys:question.back') }).click();
    expect(await page.getByRole('radio', { name: 'All or most of the time', exact: true }).isChecked()).toBe(true);
    await next(page);
    await choose(page, 'No');
    await next(page);

    // Skip on to the end, writing one free-text answer on the way.
    const about = page.getByRole('heading', { level: 2, name: t('surveys:about.title'), exact: true });
    for (let i = 0; i < 40 && !(await about.count()); i++) {
      const box = page.locator('.survey-text textarea');
      if ((await box.count()) && !(await box.inputValue())) {
        await box.fill('More trips to the park');
        await expectNoAxeViolations(page, 'survey question (text)');
      }
      // Wait for the next question (or "About you") before looking at it, so a box on the page that is leaving is never read.
      const before = await page.getByRole('progressbar').getAttribute('aria-valuetext');
      await page.locator('.survey-nav .button:not(.button-secondary)').click();
      await page.waitForFunction((was) => {
        const bar = document.querySelector('progress[aria-valuetext]');
        return !bar || bar.getAttribute('aria-valuetext') !== was;
      }, before);
    }
    await about.waitFor();
    await expectNoAxeViolations(page, 'survey about you');
    await choose(page, 'Boy');
    await page.getByRole('button', { name: t('surveys:about.send') }).click();
    await page.getByRole('heading', { level: 1, name: t('surveys:thanks.title') }).waitFor();
    await page.getByText(t('surveys:thanks.waiting')).waitFor();
    await expectNoAxeViolations(page, 'survey thanks');
    // The draft is gone; the answers wait only in the queued op.
    expect(await idbCount(page, 'surveyDrafts')).toBe(0);

    // Back online: the sync delivers it, and the phone says so.
    await context.setOffline(false);
    await page.getByText(t('surveys:thanks.sent')).waitFor({ timeout: 30_000 });
    expect(await idbCount(page, 'outbox')).toBe(0);

    const file = path.join(heard.server.dataDir, 'heard.sqlite');
    expect(existsSync(file)).toBe(true);
    const db = new SQLite(file, { readonly: true, fileMustExist: true });
    try {
      // Held until a batch of its own moves it to survey_responses (the results page moves it in before it reads).
      const columns = 'survey_id, version, mode, month, gender, answers, flagged';
      const rows = db.prepare(`SELECT ${columns} FROM survey_held UNION ALL SELECT ${columns} FROM survey_responses`).all() as Record<
        string,
        unknown
      >[];
      expect(rows).toHaveLength(1);
      const now = new Date();
      expect(rows[0]).toMatchObject({
        survey_id: 'hows-life-8-11',
        version: 1,
        mode: 'own',
        month: `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`,
        gender: 'boy',
        flagged: 0,
      });
      expect(JSON.parse(String(rows[0]!.answers))).toEqual({
        'happy-yesterday': '4',
        'trusted-adult': 'yes',
        'carers-kind': 'always',
        'know-social-worker': 'no',
        'one-thing-to-change': 'More trips to the park',
      });
    } finally {
      db.close();
    }
    expect(pageErrors).toEqual([]);

    // The results count it: alone it is "fewer than 5" (suppressed); with four paper copies keyed in by staff, the
    // 8–11 band shows 5 responses, on the results page as in its JSON.
    const staff = await newPhone(heard.browser, heard.server.origin);
    await signInStaff(staff.page, heard.server.origin, demoAccount('participation'));
    const band = async () => {
      const results = await staff.page.evaluate(async () => (await fetch('/api/v1/staff/surveys/results?round=hows-life')).json());
      return surveyResultsSchema.parse(results).bands.find((b) => b.band === '8-11');
    };
    expect((await band())?.responses).toBeNull();
    for (let i = 0; i < 4; i += 1) {
      const status = await staff.page.evaluate(async (entryId) => {
        const res = await fetch('/api/v1/staff/surveys/paper', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'X-Heard-CSRF': '1' },
          body: JSON.stringify({ entryId, surveyId: 'hows-life-8-11', version: 1, answers: { 'happy-yesterday': '5' }, month: '2026-11' }),
        });
        return res.status;
      }, randomUUID());
      expect(status).toBe(201);
    }
    expect((await band())?.responses).toBe(5);
    await staff.page.goto(`${heard.server.origin}/staff/survey-results`);
    await staff.page.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => staff.page.locator('main').innerText(), { timeout: 15_000 }).toMatch(/8[–-]11[^\n]*\t5\b|\b5\b/);
    await staff.context.close();
  });
});

/** How many rows a table of the phone's IndexedDB holds. */
function idbCount(page: Page, table: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('heard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction(name).objectStore(name).count();
          req.onsuccess = () => {
            open.result.close();
            resolve(req.result);
          };
          req.onerror = () => reject(req.error);
        };
      }),
    table,
  );
}
