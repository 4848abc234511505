// The foundation's whole loop in real Chromium, in English and in Arabic (right to left): join Demoshire, go offline,
// reload (the app still works from its service worker), post on the wall, see "not sent yet", come back online, see
// it delivered, a moderator approves it in a staff browser session, the poster's phone shows it on the wall and a
// second phone in the same council sees it and can say "me too". axe-core checks every screen on the way.
import { describe, expect, it } from 'vitest';
import {
  acceptPrivacyNotice,
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
const MODERATOR = demoAccount('moderator');

describe.skipIf(!run)('wall journey in Chromium', () => {
  const heard = heardInChromium();

  for (const lng of ['en', 'ar'] as const) {
    it(`runs offline → sync → moderation → every phone, in ${lng}`, async () => {
      const t = (key: string, values?: Record<string, string | number>) => text(lng, key, values);
      const phone = await newPhone(heard.browser, heard.server.origin, lng === 'ar' ? 'ar' : 'en-GB');
      const { page, context } = phone;

      // Join with the council's link: the phone registers and shows Demoshire.
      await page.goto(`${heard.server.origin}/join/DEMOSHIRE`);
      await page.getByRole('heading', { level: 1, name: t('common:home.title') }).waitFor();
      await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe(lng === 'ar' ? 'rtl' : 'ltr');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lng);
      await page.getByText('Demoshire').first().waitFor();
      await waitForServiceWorker(page);
      await expectNoAxeViolations(page, `home (${lng})`);
      await screenshot(page, `${lng}-1-home`);

      // The wall, with its prompts from the council.
      await page
        .getByRole('navigation')
        .getByRole('link', { name: t('common:nav.wall') })
        .click();
      await page.getByRole('heading', { level: 1, name: t('wall:title') }).waitFor();
      await page.locator('a.wall-prompt').first().waitFor();
      await expectNoAxeViolations(page, `wall (${lng})`);

      // Offline, and a reload: the service worker serves the app, Dexie still has the council's wall.
      await context.setOffline(true);
      await page.reload();
      await page.getByRole('heading', { level: 1, name: t('wall:title') }).waitFor();
      await page.getByText(t('common:status.offline')).waitFor();
      const promptLink = page.locator('a.wall-prompt-yes-more').first();
      const promptHref = await promptLink.getAttribute('href');
      expect(promptHref).toMatch(/^\/wall\//);
      await promptLink.click();
      await acceptPrivacyNotice(page, lng);
      await page.getByLabel(t('wall:write.label')).waitFor();
      await expectNoAxeViolations(page, `prompt page offline (${lng})`);

      // Post while offline: it waits on the phone.
      const words = `More days out with my foster family at the seaside ${lng} ${Date.now()}`;
      await page.getByLabel(t('wall:write.label')).fill(words);
      await page.getByRole('button', { name: t('wall:write.send'), exact: true }).click();
      // Offline it is never "Sent!": it is kept on this phone until it can go.
      await page.getByText(t('wall:write.savedOffline')).waitFor();
      await page.getByText(t('common:status.notSent', { count: 1 })).waitFor();
      const mine = page.locator('.wall-post-mine', { hasText: words });
      await mine.getByText(t('wall:journey.not-sent')).waitFor();
      await screenshot(page, `${lng}-2-offline-post`);
      await expectNoAxeViolations(page, `post waiting offline (${lng})`);

      // "I don't feel safe" works offline and shows 999, Childline and the council's own number.
      await page.getByRole('button', { name: t('safety:button') }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('link', { name: t('safety:emergency') }).waitFor();
      await dialog.getByRole('link', { name: t('safety:childline') }).waitFor();
      expect(await dialog.locator('a[href^="tel:"]').count()).toBeGreaterThanOrEqual(4);
      await screenshot(page, `${lng}-3-safety-offline`);
      await expectNoAxeViolations(page, `safety help (${lng})`);
      await dialog.getByRole('button', { name: t('safety:close') }).click();

      // Back online: the outbox drains and the post is delivered, not yet published.
      await context.setOffline(false);
      await mine.getByText(t('wall:journey.delivered')).waitFor({ timeout: 30_000 });
      await expect.poll(() => page.getByText(t('common:status.notSent', { count: 1 })).count()).toBe(0);

      // A moderator, in a browser session of their own, approves it.
      const staff = await newPhone(heard.browser, heard.server.origin, 'en-GB');
      await signInStaff(staff.page, heard.server.origin, MODERATOR);
      // Staff start on their home; the moderator opens the queue.
      await staff.page.goto(`${heard.server.origin}/staff/moderation`);
      await staff.page.getByRole('heading', { level: 1, name: text('en', 'staff:moderation.title') }).waitFor();
      const card = staff.page.locator('li.staff-card', { hasText: words });
      await card.waitFor();
      await expectNoAxeViolations(staff.page, 'staff moderation queue');
      await screenshot(staff.page, `${lng}-4-staff-queue`);
      await card.getByRole('button', { name: text('en', 'staff:moderation.approve'), exact: true }).click();
      await card.waitFor({ state: 'detached' });

      // The poster's phone learns it is on the wall at its next sync (coming back to the app is one trigger).
      await page.reload();
      await mine.getByText(t('wall:journey.published')).waitFor({ timeout: 30_000 });
      await page.locator('.wall-posts li:not(.wall-post-mine)', { hasText: words }).waitFor();
      await screenshot(page, `${lng}-5-published`);

      // A second phone in the same council sees it and says "me too", once.
      const second = await newPhone(heard.browser, heard.server.origin, lng === 'ar' ? 'ar' : 'en-GB');
      await second.page.goto(`${heard.server.origin}/join/DEMOSHIRE`);
      await second.page.getByRole('heading', { level: 1, name: t('common:home.title') }).waitFor();
      await second.page.goto(`${heard.server.origin}${promptHref ?? ''}`);
      const theirView = second.page.locator('.wall-posts li', { hasText: words });
      await theirView.waitFor({ timeout: 30_000 });
      await theirView.getByRole('button', { name: t('wall:meToo.button') }).click();
      await theirView.getByRole('button', { name: t('wall:meToo.done') }).waitFor();
      expect(await theirView.getByRole('button', { name: t('wall:meToo.done') }).isDisabled()).toBe(true);
      await expectNoAxeViolations(second.page, `second phone prompt page (${lng})`);
      await screenshot(second.page, `${lng}-6-second-phone`);

      for (const p of [phone, staff, second]) {
        expect(p.foreignRequests, 'requests to other sites').toEqual([]);
        expect(p.pageErrors, 'uncaught errors in the page').toEqual([]);
        await p.context.close();
      }
    });
  }
});
