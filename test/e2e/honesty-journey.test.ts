// Telling a young person the truth, and letting them take it back, in real Chromium. An admin sets when the
// safeguarding inbox is read; a phone reads the privacy notice before its first post, writes something about harm and
// is told honestly what happens (a person WILL read it, when, that nobody knows who they are, help for right now); the
// staff queue shows it waiting; a moderator records an action; only then does the phone say a person has read it.
// A post approved onto the wall and taken back leaves a second phone's wall. "Forget this phone" warns about what is
// not sent yet, then leaves the phone at the join screen with its token revoked. axe-core checks every new screen.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  browserAvailable,
  demoAccount,
  expectNoAxeViolations,
  heardInChromium,
  newPhone,
  openMore,
  screenshot,
  signInStaff,
  waitForServiceWorker,
} from './harness';
import { text } from './locale-text';

const run = browserAvailable();
const t = (key: string, values?: Record<string, string | number>) => text('en', key, values);
const HOURS = 'Monday to Friday, 9am to 5pm';

/** Opens a page again until `ready` holds (the phone syncs when Heard opens). */
async function reloadUntil(page: Page, url: string, ready: () => Promise<boolean>): Promise<void> {
  await expect
    .poll(
      async () => {
        await page.goto(url);
        await page.locator('main h1').first().waitFor();
        await page.waitForTimeout(500);
        return ready();
      },
      { timeout: 45_000, interval: 1000 },
    )
    .toBe(true);
}

describe.skipIf(!run)('telling the truth and taking it back, in Chromium', () => {
  const heard = heardInChromium();

  it('is honest after a disclosure until a person records an action, and lets a young person take a post back', async () => {
    const origin = heard.server.origin;
    const stamp = Date.now();

    // 0. The council says when its safeguarding inbox is read.
    const admin = await newPhone(heard.browser, origin);
    await signInStaff(admin.page, origin, demoAccount('admin'));
    await admin.page
      .getByRole('navigation')
      .getByRole('link', { name: t('staff:sections.council') })
      .click();
    await admin.page.getByLabel(t('staff:council.safeguardingHoursIn.en')).fill(HOURS);
    await admin.page.getByRole('button', { name: t('staff:council.save'), exact: true }).click();
    await admin.page.getByText(t('staff:council.saved')).waitFor();
    await expectNoAxeViolations(admin.page, 'council settings with safeguarding hours');

    // 1. A phone joins; before its first post it is told what happens to what it writes.
    const phone = await newPhone(heard.browser, origin);
    const { page } = phone;
    await page.goto(`${origin}/join/DEMOSHIRE`);
    await page.getByRole('heading', { level: 1, name: t('common:home.title') }).waitFor();
    await waitForServiceWorker(page);
    await page
      .getByRole('navigation')
      .getByRole('link', { name: t('common:nav.wall') })
      .click();
    await page.locator('a.wall-prompt-no-more').first().click();
    const gate = page.getByRole('region', { name: t('privacy:notice.title') });
    await gate.getByText(t('privacy:notice.safeguarding')).waitFor();
    await gate.getByText(t('privacy:notice.quoted')).waitFor();
    expect(await page.getByLabel(t('wall:write.label')).count()).toBe(0);
    await expectNoAxeViolations(page, 'privacy notice before the first post');
    await screenshot(page, 'honesty-1-privacy-notice');
    await gate.getByRole('button', { name: t('privacy:notice.ok') }).click();
    const promptUrl = page.url();

    // 2. Words about harm: the honest message and the help, at once, and never "has read".
    const harm = `my carer hits me ${stamp}`;
    await page.getByLabel(t('wall:write.label')).fill(harm);
    await page.getByRole('button', { name: t('wall:write.send'), exact: true }).click();
    const help = page.getByRole('dialog');
    await help.getByText(t('safety:afterPost')).waitFor();
    await help.getByText(HOURS).waitFor();
    await help.getByRole('link', { name: t('safety:emergency') }).waitFor();
    await help.getByRole('link', { name: t('safety:childline') }).waitFor();
    await expectNoAxeViolations(page, 'help after a post about harm');
    await screenshot(page, 'honesty-2-help-after-post');
    await help.getByRole('button', { name: t('safety:close') }).click();
    const note = page.locator('.wall-sent .safeguarding-note');
    await note.getByText(HOURS).waitFor();
    await note.getByText(t('privacy:honest.anonymous')).waitFor();
    await note.getByText(t('privacy:honest.danger')).waitFor();
    expect(await page.getByText(t('privacy:honest.hasRead')).count()).toBe(0);
    expect(await page.getByText(/Sent!/).count()).toBe(0);
    await expect.poll(() => page.getByText(t('common:status.notSent', { count: 1 })).count(), { timeout: 30_000 }).toBe(0);
    await expectNoAxeViolations(page, 'the honest note on the prompt page');
    await screenshot(page, 'honesty-3-honest-note');

    // "What happened to what I said": kept private, to be read — not "on the wall", not "read".
    await page.goto(`${origin}/feed/mine`);
    const item = page.locator('article.mine-item', { hasText: harm });
    await item.getByText(t('feed:mine.steps.wall.private')).waitFor();
    await item.getByText(HOURS).waitFor();
    expect(await item.getByText(t('feed:mine.steps.wall.done'), { exact: true }).count()).toBe(0);
    expect(await item.getByText(t('privacy:honest.hasRead')).count()).toBe(0);
    await expectNoAxeViolations(page, 'what happened to what I said, waiting');

    // 3. The staff queue shows it waiting; a moderator records what they did.
    const mod = await newPhone(heard.browser, origin);
    await signInStaff(mod.page, origin, demoAccount('moderator'));
    await mod.page
      .getByRole('navigation')
      .getByRole('link', { name: t('staff:sections.safeguarding') })
      .click();
    const card = mod.page.locator('li.staff-card', { hasText: harm });
    await expect
      .poll(
        async () => {
          await mod.page.reload();
          await mod.page.getByRole('heading', { level: 1, name: t('staff:safeguarding.title') }).waitFor();
          await mod.page.locator('.loading').waitFor({ state: 'detached' });
          return card.count();
        },
        { timeout: 30_000 },
      )
      .toBe(1);
    // The phone still says only that a person will read it.
    await page.goto(`${origin}/feed/mine`);
    await item.getByText(HOURS).waitFor();
    expect(await item.getByText(t('privacy:honest.hasRead')).count()).toBe(0);
    const note2 = `Rang the duty team ${stamp}`;
    await card.getByLabel(t('staff:safeguarding.actionLabel')).fill(note2);
    await card.getByRole('button', { name: t('staff:safeguarding.record') }).click();
    await mod.page
      .getByRole('dialog')
      .getByRole('button', { name: t('staff:safeguarding.record') })
      .click();
    await mod.page.locator('li.staff-card', { hasText: note2 }).waitFor();

    // 4. After the phone syncs: a person has read it — and nothing of what they did.
    await reloadUntil(page, `${origin}/feed/mine`, async () => (await item.getByText(t('privacy:honest.hasRead')).count()) === 1);
    expect(await page.locator('main').innerText()).not.toContain(note2);
    expect(await item.getByText(HOURS).count()).toBe(0);
    await expectNoAxeViolations(page, 'what happened to what I said, read by a person');
    await screenshot(page, 'honesty-4-seen-by-a-person');

    // 5. An ordinary post, approved onto the wall, then taken back: it leaves a second phone's wall.
    const words = `No more changing my school ${stamp}`;
    await page.goto(promptUrl);
    await page.getByLabel(t('wall:write.label')).fill(words);
    await page.getByRole('button', { name: t('wall:write.send'), exact: true }).click();
    await page.getByText(t('wall:write.sent')).waitFor({ timeout: 30_000 });
    await mod.page
      .getByRole('navigation')
      .getByRole('link', { name: t('staff:sections.moderation') })
      .click();
    const pending = mod.page.locator('li.staff-card', { hasText: words });
    await expect
      .poll(
        async () => {
          await mod.page.reload();
          await mod.page.locator('.loading').waitFor({ state: 'detached' });
          return pending.count();
        },
        { timeout: 30_000 },
      )
      .toBe(1);
    await pending.getByRole('button', { name: t('staff:moderation.approve'), exact: true }).click();
    await expect.poll(() => pending.count(), { timeout: 15_000 }).toBe(0);

    const second = await newPhone(heard.browser, origin);
    await second.page.goto(`${origin}/join/DEMOSHIRE`);
    await second.page.getByRole('heading', { level: 1, name: t('common:home.title') }).waitFor();
    await reloadUntil(second.page, promptUrl, async () => (await second.page.getByText(words, { exact: true }).count()) === 1);

    await page.goto(`${origin}/feed/mine`);
    const mine = page.locator('article.mine-item', { hasText: words });
    await mine.getByRole('button', { name: t('privacy:takeBack.button') }).click();
    await mine.getByText(t('privacy:takeBack.whatHappens')).waitFor();
    await expectNoAxeViolations(page, 'take this back, asking');
    await screenshot(page, 'honesty-5-take-back');
    await mine.getByRole('button', { name: t('privacy:takeBack.yes') }).click();
    const taken = page.locator('article.mine-item', { hasText: t('feed:mine.withdrawnText') });
    await taken.getByText(t('feed:mine.steps.withdrawn.done')).waitFor();
    expect(await page.getByText(words).count()).toBe(0);
    await expect.poll(() => page.getByText(t('common:status.notSent', { count: 1 })).count(), { timeout: 30_000 }).toBe(0);
    await reloadUntil(second.page, promptUrl, async () => (await second.page.getByText(words, { exact: true }).count()) === 0);
    await screenshot(second.page, 'honesty-6-second-phone-after-take-back');

    // 6. Forget this phone: offline, with something unsent, it warns first; then the phone is at the join screen.
    await phone.context.setOffline(true);
    await page.goto(promptUrl);
    await page.getByLabel(t('wall:write.label')).fill(`More trips out ${stamp}`);
    await page.getByRole('button', { name: t('wall:write.send'), exact: true }).click();
    await page.getByText(t('wall:write.savedOffline')).waitFor();
    await openMore(page, 'en');
    await page
      .getByRole('dialog')
      .getByRole('link', { name: t('privacy:notice.link') })
      .click();
    await page.getByRole('heading', { level: 1, name: t('privacy:page.title') }).waitFor();
    await page.getByText(t('privacy:forget.unsent', { count: 1 })).waitFor();
    await expectNoAxeViolations(page, 'privacy page with something unsent');
    await screenshot(page, 'honesty-7-forget-warning');
    await phone.context.setOffline(false);
    await page.getByRole('button', { name: t('privacy:forget.button') }).click();
    await page.getByRole('button', { name: t('privacy:forget.confirm') }).click();
    await page.waitForURL(`${origin}/join`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBeLessThanOrEqual(1);
    expect(await page.getByText(harm).count()).toBe(0);
    await screenshot(page, 'honesty-8-forgotten');

    for (const p of [admin, phone, mod, second]) {
      expect(p.foreignRequests, 'requests to other sites').toEqual([]);
      expect(p.pageErrors, 'uncaught errors in the page').toEqual([]);
      await p.context.close();
    }
  });

  it('shows the privacy page in Arabic, right to left, with no axe violations', async () => {
    const origin = heard.server.origin;
    const phone = await newPhone(heard.browser, origin, 'ar');
    await phone.page.goto(`${origin}/join/DEMOSHIRE`);
    await phone.page.getByRole('heading', { level: 1, name: text('ar', 'common:home.title') }).waitFor();
    await openMore(phone.page, 'ar');
    await phone.page
      .getByRole('dialog')
      .getByRole('link', { name: text('ar', 'privacy:notice.link') })
      .click();
    await phone.page.getByRole('heading', { level: 1, name: text('ar', 'privacy:page.title') }).waitFor();
    await phone.page.getByText(text('ar', 'privacy:notice.takeBack')).waitFor();
    expect(await phone.page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expectNoAxeViolations(phone.page, 'privacy page (ar)');
    await screenshot(phone.page, 'honesty-ar-privacy-page');
    expect(phone.pageErrors).toEqual([]);
    await phone.context.close();
  });
});
