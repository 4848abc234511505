// Quick exit must always work: with "I don't feel safe" open (a modal dialog makes the rest of the page inert, and
// phones have no Escape key), in English, Welsh and Arabic — and the words the young person was writing are not on
// screen when Heard is opened again. On a keyboard, Escape twice exits, even from inside the help; moving back with
// Shift+Tab and typing capitals never do.
import { describe, expect, it } from 'vitest';
import { NEUTRAL_SITE } from '../../src/app/shell/quick-exit';
import { browserAvailable, openFirstPrompt, expectNoAxeViolations, heardInChromium, newPhone, screenshot } from './harness';
import { text } from './locale-text';

const run = browserAvailable();
const LOCALES = { en: 'en-GB', cy: 'cy-GB', ar: 'ar' } as const;

describe.skipIf(!run)('quick exit in Chromium', () => {
  const heard = heardInChromium();

  for (const lng of ['en', 'cy', 'ar'] as const) {
    it(`is one tap away while the help is open, and leaves no unfinished words behind, in ${lng}`, async () => {
      const t = (key: string, values?: Record<string, string | number>) => text(lng, key, values);
      const phone = await newPhone(heard.browser, heard.server.origin, LOCALES[lng]);
      const { page, context } = phone;
      await context.route(`${NEUTRAL_SITE}**`, (route) =>
        route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }),
      );
      await page.goto('about:blank');
      await page.goto(`${heard.server.origin}/join/DEMOSHIRE`);
      await page.getByRole('heading', { level: 1, name: t('common:home.title') }).waitFor();
      await openFirstPrompt(page, lng);
      const box = page.getByLabel(t('wall:write.label'));
      const words = `I need to tell someone about home ${lng}`;
      await box.fill(words);
      // The draft is kept as they type: a reload shows it again (so the test below can fail).
      await page.reload();
      await expect.poll(() => page.getByLabel(t('wall:write.label')).inputValue()).toBe(words);
      const promptUrl = page.url();

      await page.getByRole('button', { name: t('safety:button') }).click();
      const dialog = page.getByRole('dialog', { name: t('safety:title') });
      await dialog.waitFor();
      const exit = dialog.getByRole('button', { name: t('common:quickExit.button') });
      // In view without scrolling, on a 360 px phone, in every language.
      const at = await exit.boundingBox();
      expect(at).not.toBeNull();
      expect(at!.y).toBeGreaterThanOrEqual(0);
      expect(at!.y + at!.height).toBeLessThanOrEqual(780);
      expect(at!.x).toBeGreaterThanOrEqual(0);
      expect(at!.x + at!.width).toBeLessThanOrEqual(360);
      await screenshot(page, `quick-exit-help-open-${lng}`);
      await expectNoAxeViolations(page, `help dialog (${lng})`);

      // A real click at the button's place: Playwright refuses if anything covers it.
      await exit.click();
      await page.waitForURL(`${NEUTRAL_SITE}**`);
      await page.goBack();
      expect(page.url()).toBe('about:blank');

      // Opened again: the box is empty.
      await page.goto(promptUrl);
      await page.getByLabel(t('wall:write.label')).waitFor();
      await expect.poll(() => page.getByLabel(t('wall:write.label')).inputValue()).toBe('');
      expect(await page.getByText(words).count()).toBe(0);
      expect(phone.foreignRequests.filter((u) => !u.startsWith(NEUTRAL_SITE))).toEqual([]);
      expect(phone.pageErrors).toEqual([]);
      await context.close();
    });
  }

  it('leaves on Escape twice from inside the help, and never on Shift+Tab or typing capitals', async () => {
    const t = (key: string) => text('en', key);
    const phone = await newPhone(heard.browser, heard.server.origin);
    const { page, context } = phone;
    // Every visit to the neutral site is counted: none may happen until Escape is pressed twice.
    let neutralVisits = 0;
    await context.route(`${NEUTRAL_SITE}**`, (route) => {
      neutralVisits += 1;
      return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' });
    });
    await page.goto('about:blank');
    await page.goto(`${heard.server.origin}/join/DEMOSHIRE`);
    await page.getByRole('heading', { level: 1, name: t('common:home.title') }).waitFor();
    await openFirstPrompt(page);
    const box = page.getByLabel(t('wall:write.label'));
    const stillHere = async () => {
      // Longer than the second Escape may wait for the first: an exit would have started by now.
      await page.waitForTimeout(1200);
      expect(neutralVisits).toBe(0);
      expect(new URL(page.url()).origin).toBe(heard.server.origin);
      expect(await page.evaluate(() => document.body.classList.contains('quick-exit'))).toBe(false);
    };

    // Typing with Shift held down for each capital, as a keyboard does.
    await box.click();
    for (const ch of 'I Want More') await page.keyboard.press(ch === ' ' ? 'Space' : ch !== ch.toLowerCase() ? `Shift+${ch}` : ch);
    await stillHere();
    expect(await box.inputValue()).toBe('I Want More');

    // Moving back three times quickly, as keyboard and switch users do; and Shift on its own three times.
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift+Tab');
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
    await stillHere();
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(false);

    // One Escape closes the help, as it should, and does not leave.
    const help = page.getByRole('button', { name: t('safety:button') });
    const dialog = page.getByRole('dialog', { name: t('safety:title') });
    await help.click();
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await stillHere();

    // Escape twice from inside the open help: the first closes it, the second still leaves.
    await help.click();
    await dialog.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('dialog[open]') != null)).toBe(true);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForURL(`${NEUTRAL_SITE}**`);
    expect(neutralVisits).toBeGreaterThan(0);
    await page.goBack();
    expect(page.url()).toBe('about:blank');

    expect(phone.foreignRequests.filter((u) => !u.startsWith(NEUTRAL_SITE))).toEqual([]);
    expect(phone.pageErrors).toEqual([]);
    await context.close();
  });
});
