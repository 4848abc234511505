// "How's life?" authoring in real Chromium: the participation officer's surveys page, "Copy and adapt" and a new pulse
// check-in pass axe in English, Welsh and Arabic at 360 px; in English a pulse for ages 8–11 is written, previewed and
// published after the confirm step, a copied survey is published as its next version, and a phone whose young person
// is 8 is offered the pulse on its home screen and opens its question.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoAccount, expectNoAxeViolations, heardInChromium, newPhone, browserAvailable, signInStaff } from './harness';
import { text } from './locale-text';
import { BROWSER_LOCALE, join, type Lng } from './screens';

const run = browserAvailable();
const LNGS: readonly Lng[] = ['en', 'cy', 'ar'];
const a = (lng: Lng, key: string, values?: Record<string, string | number>) => text(lng, `survey-authoring:${key}`, values);

/** Writes the same words (marked with their language) in the English, Welsh and Arabic fields of `id`. */
async function words(page: Page, id: string, en: string): Promise<void> {
  await page.locator(`#${id}-en`).fill(en);
  await page.locator(`#${id}-cy`).fill(`${en} (cy)`);
  await page.locator(`#${id}-ar`).fill(`${en} (ar)`);
}

describe.skipIf(!run)("How's life? authoring in Chromium", () => {
  const heard = heardInChromium();

  it.each(LNGS)('the surveys page, copy and adapt and a new pulse pass axe in %s', async (lng) => {
    const { page, context, pageErrors } = await newPhone(heard.browser, heard.server.origin, BROWSER_LOCALE[lng]);
    try {
      await signInStaff(page, heard.server.origin, demoAccount('participation'), lng);
      const main = page.getByRole('main');
      await page.goto(`${heard.server.origin}/staff/surveys`);
      await main.getByRole('heading', { level: 1, name: a(lng, 'staff.title') }).waitFor();
      await main.locator('a[href$="/edit"]').first().waitFor();
      await expectNoAxeViolations(page, `surveys page (${lng})`);

      await main.locator('a[href$="/edit"]').first().click();
      await main.locator('#q0-text-en').waitFor();
      await expectNoAxeViolations(page, `copy and adapt (${lng})`);

      await page.goto(`${heard.server.origin}/staff/surveys/new-pulse`);
      await main.getByRole('heading', { level: 1, name: a(lng, 'editor.pulseTitle') }).waitFor();
      await main.getByRole('button', { name: a(lng, 'editor.preview', { n: 1 }) }).click();
      await expectNoAxeViolations(page, `new pulse with a preview (${lng})`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'the editor fits 360 px').toBe(true);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('publishes a pulse and a copied survey, and a phone of an 8-year-old is offered the pulse', async () => {
    const staff = await newPhone(heard.browser, heard.server.origin);
    const page = staff.page;
    const main = page.getByRole('main');
    try {
      await signInStaff(page, heard.server.origin, demoAccount('participation'));
      await page.goto(`${heard.server.origin}/staff/surveys/new-pulse`);
      await main.getByRole('heading', { level: 1, name: a('en', 'editor.pulseTitle') }).waitFor();

      // Publishing with empty words is stopped by the checks, before any confirm step.
      await main.getByRole('button', { name: a('en', 'editor.publish'), exact: true }).click();
      await page.locator('#editor-problems').waitFor();
      expect(await page.getByRole('dialog').count()).toBe(0);

      await main.getByLabel(a('en', 'editor.band')).selectOption('8-11');
      await words(page, 'survey-title', 'Your school week');
      await words(page, 'survey-intro', 'Two quick questions about school.');
      await words(page, 'survey-afterwards', 'Thank you. We read every answer.');
      await words(page, 'q0-text', 'How was school this week?');
      await main.getByLabel(a('en', 'editor.newType')).selectOption('yes-no');
      await main.getByRole('button', { name: a('en', 'editor.add') }).click();
      await words(page, 'q1-text', 'Did a teacher help you this week?');
      await main.getByRole('button', { name: a('en', 'editor.preview', { n: 2 }) }).click();
      await main.getByText('Did a teacher help you this week?').last().waitFor();

      await main.getByRole('button', { name: a('en', 'editor.publish'), exact: true }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText(a('en', 'editor.confirmPulse', { band: '8-11' })).waitFor();
      await dialog.getByRole('button', { name: a('en', 'editor.publish') }).click();
      await main.getByText(a('en', 'editor.publishedPulse')).waitFor();
      await main.getByText('Your school week', { exact: true }).waitFor();

      // Copy and adapt the survey for ages 8–11: reword its first question and publish it as the next version.
      const copies = main.getByRole('link', { name: /\(ages 8-11\)$/ });
      const names = await copies.allInnerTexts();
      const copy = copies.nth(names.findIndex((n) => !n.includes('Your school week')));
      const surveyId = ((await copy.getAttribute('href')) ?? '').split('/').at(-2) ?? '';
      await copy.click();
      await page.locator('#q0-text-en').waitFor();
      const before = await page.locator('#q0-text-en').inputValue();
      await page.locator('#q0-text-en').fill(`${before} Think about this week.`);
      await main.getByText(a('en', 'editor.state.changed')).first().waitFor();
      await main.getByRole('button', { name: a('en', 'editor.publish'), exact: true }).click();
      await page
        .getByRole('dialog')
        .getByRole('button', { name: a('en', 'editor.publish') })
        .click();
      await main.getByText(a('en', 'editor.publishedVersion', { version: 2 })).waitFor();
      expect(surveyId).not.toBe('');
    } finally {
      await staff.context.close();
    }

    // The phone of an 8-year-old: the pulse is offered on home, once, and opens at its first question.
    const phone = await newPhone(heard.browser, heard.server.origin);
    try {
      const t = (key: string, values?: Record<string, string | number>) => text('en', key, values);
      await join(phone.page, heard.server.origin, 'en');
      await phone.page.locator('main a[href="/survey"]').click();
      await phone.page.getByRole('heading', { level: 1, name: t('surveys:age.title') }).waitFor();
      await phone.page.getByRole('button', { name: '8', exact: true }).click();
      await phone.page.getByRole('button', { name: t('surveys:intro.start') }).waitFor();
      await phone.page.goto(`${heard.server.origin}/`);
      const card = phone.page.getByRole('region', { name: t('surveys:pulse.title') });
      await card.getByText(t('surveys:pulse.body', { title: 'Your school week', count: 2 })).waitFor({ timeout: 30_000 });
      await expectNoAxeViolations(phone.page, 'home with a pulse check-in');
      await card.getByRole('link', { name: t('surveys:pulse.answer') }).click();
      await phone.page.getByRole('button', { name: t('surveys:intro.start') }).click();
      await phone.page.getByRole('heading', { level: 2, name: 'How was school this week?' }).waitFor();
      expect(phone.pageErrors).toEqual([]);
    } finally {
      await phone.context.close();
    }
  });
});
