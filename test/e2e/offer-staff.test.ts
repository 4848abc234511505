// The local offer's staff screens in real Chromium: the list, the editor (with its problems showing) and the publish
// dialog pass axe-core in English, Welsh and Arabic at 360 px, light and dark; and an admin's journey — a new item
// saved, published past a failing check once the admin says they read it, then found in its history and the list.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, demoAccount, expectAccessible, heardInChromium, newPhone, screenshot, signInStaff } from './harness';
import { text } from './locale-text';
import { BROWSER_LOCALE, type Lng } from './screens';

const run = browserAvailable();
const LNGS: readonly Lng[] = ['en', 'cy', 'ar'];

/** Writes a new item's English words, amount and owner on the editor that is open, and saves it. */
async function writeItem(page: Page, lng: Lng, item: { title: string; pounds: string; statutory?: string }): Promise<void> {
  const o = (key: string) => text(lng, `offer-staff:${key}`);
  const main = page.getByRole('main');
  await main.getByLabel(o('editor.fields.title'), { exact: true }).first().fill(item.title);
  await main.getByLabel(o('editor.fields.summary'), { exact: true }).first().fill('Money towards driving lessons and your test.');
  await main.getByLabel(o('editor.fields.body'), { exact: true }).first().fill('Up to ten lessons.\n\nAsk your personal adviser first.');
  await main.getByLabel(o('editor.fields.title'), { exact: true }).nth(2).fill('دروس القيادة');
  await main.getByLabel(o('editor.money.pounds')).fill(item.pounds);
  if (item.statutory) await main.getByLabel(o('editor.details.statutory')).selectOption(item.statutory);
  await main.getByLabel(o('editor.details.owner')).fill('Leaving care team');
  await main.getByRole('button', { name: o('editor.save') }).click();
  await main.getByRole('heading', { level: 1, name: text(lng, 'offer-staff:editor.editTitle', { title: item.title }) }).waitFor();
}

describe.skipIf(!run)('local offer staff screens in Chromium', () => {
  const heard = heardInChromium();

  it.each(LNGS)('the list, the editor and the publish dialog pass axe in %s', async (lng) => {
    const o = (key: string, values?: Record<string, string | number>) => text(lng, `offer-staff:${key}`, values);
    const { page, context, pageErrors, foreignRequests } = await newPhone(heard.browser, heard.server.origin, BROWSER_LOCALE[lng]);
    try {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await signInStaff(page, heard.server.origin, demoAccount('admin'), lng);
      const main = page.getByRole('main');

      await page.goto(`${heard.server.origin}/staff/offer`);
      await main.getByRole('heading', { level: 1, name: o('title') }).waitFor();
      await main.getByRole('heading', { level: 2, name: o('checks.heading') }).waitFor();
      await expectAccessible(page, `the list (${lng})`);
      await screenshot(page, `staff-offer-list-${lng}-360`);

      await main.getByRole('link', { name: o('newItem') }).click();
      await main.getByRole('heading', { level: 1, name: o('editor.newTitle') }).waitFor();
      await main.getByRole('button', { name: o('editor.save') }).click();
      await main.getByText(o('editor.problems.required')).first().waitFor();
      expect(await main.getByLabel(o('editor.fields.title'), { exact: true }).first().getAttribute('aria-invalid')).toBe('true');
      expect(await main.getByLabel(o('editor.fields.title'), { exact: true }).nth(2).getAttribute('dir')).toBe('rtl');
      await expectAccessible(page, `the editor with its problems (${lng})`);

      const title = `Driving lessons (${lng})`;
      await writeItem(page, lng, { title, pounds: '500' });
      await main.getByRole('button', { name: o('editor.publish'), exact: true }).click();
      const dialog = page.getByRole('dialog', { name: o('publish.title') });
      await dialog.waitFor();
      await expectAccessible(page, `the publish dialog (${lng})`);
      await screenshot(page, `staff-offer-publish-${lng}-360`);
      await dialog.getByRole('button', { name: o('publish.cancel') }).click();
      await dialog.waitFor({ state: 'detached' });
      expect(pageErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('an admin writes an item, publishes it past a failing check, and finds it in its history', async () => {
    const o = (key: string, values?: Record<string, string | number>) => text('en', `offer-staff:${key}`, values);
    const { page, context, pageErrors } = await newPhone(heard.browser, heard.server.origin);
    try {
      await signInStaff(page, heard.server.origin, demoAccount('admin'));
      const main = page.getByRole('main');
      await page.goto(`${heard.server.origin}/staff/offer`);
      await main.getByRole('link', { name: o('newItem') }).click();
      // £2,500 marked as the setting-up-home allowance: below the £3,000 minimum, so publishing meets a check.
      const title = 'A smaller setting-up-home grant';
      await writeItem(page, 'en', { title, pounds: '2,500', statutory: 'setting-up-home' });
      expect(page.url()).toMatch(/\/staff\/offer\/[^/]+$/);
      expect(await main.getByLabel(o('editor.money.pounds')).inputValue()).toBe('2500');

      await main.getByRole('button', { name: o('editor.publish'), exact: true }).click();
      const dialog = page.getByRole('dialog', { name: o('publish.title') });
      await dialog.getByLabel('What changed (English)').fill('A new grant for your first home.');
      await dialog.getByRole('button', { name: o('publish.publish'), exact: true }).click();
      await dialog.getByRole('heading', { name: o('publish.checksHeading') }).waitFor();
      await dialog.getByText(o('checks.codes.setting-up-home-below-minimum')).first().waitFor();
      await expectAccessible(page, 'the publish dialog with its checks (en)');
      await dialog.getByLabel(o('publish.acknowledge')).check();
      await dialog.getByRole('button', { name: o('publish.publishAnyway') }).click();

      const done = page.getByRole('dialog', { name: o('publish.done', { n: 1 }) });
      await done.waitFor();
      await done.getByRole('heading', { name: o('publish.changesHeading') }).waitFor();
      await expectAccessible(page, 'what changed after publishing (en)');
      await done.getByRole('button', { name: o('publish.close') }).click();

      const history = main.getByRole('region', { name: o('history.heading') });
      await history.getByRole('heading', { name: o('history.version', { n: 1 }) }).waitFor();
      await history.getByText('A new grant for your first home.').waitFor();
      expect(await main.getByText(o('editor.state', { state: o('states.published') })).count()).toBe(1);

      await main.getByRole('link', { name: o('back') }).click();
      const card = main.getByRole('listitem').filter({ has: page.getByRole('link', { name: title }) });
      await card.getByText(o('states.published')).waitFor();
      await card.getByText(o('list.onPhones', { n: 1 })).waitFor();
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
