// The language picker in real Chromium: arrow keys move through the list without switching Heard; "Use this language"
// switches it (`<html lang dir>` too) and the phone remembers; the pseudo-locale is offered only behind `?dev=1`.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, expectNoAxeViolations, heardInChromium, newPhone } from './harness';
import { text } from './locale-text';
import { hasText, type Lng } from './screens';

const run = browserAvailable();

/** The list of languages, wherever the shell keeps it (the footer, or the tab bar's "More" sheet). */
async function languageList(page: Page, lng: Lng | 'pseudo') {
  const list = page.getByRole('combobox', { name: text(lng, 'common:language.label') });
  if (!(await list.isVisible()) && hasText('common:nav.more')) {
    await page
      .getByRole('button', { name: text(lng, 'common:nav.more'), exact: true })
      .first()
      .click();
  }
  await list.waitFor();
  return list;
}

const pageLanguage = (page: Page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.getAttribute('dir') ?? 'ltr' }));

describe.skipIf(!run)('language picker in Chromium', () => {
  const heard = heardInChromium();

  it('switches only on "Use this language", keeps focus on the list, and remembers the choice', async () => {
    const { page, pageErrors } = await newPhone(heard.browser, heard.server.origin);
    await page.goto(`${heard.server.origin}/join/DEMOSHIRE`);
    await page.getByRole('heading', { level: 1, name: text('en', 'common:home.title') }).waitFor();

    const list = await languageList(page, 'en');
    const offered = await list.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(offered).toEqual(['en', 'cy', 'ar']);

    // Arrow keys on the list pick each option in turn: Heard stays in English.
    await list.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await list.inputValue()).toBe('cy');
    expect(await pageLanguage(page)).toEqual({ lang: 'en', dir: 'ltr' });
    expect(await list.isVisible(), 'the list is still labelled in English').toBe(true);

    // The button speaks the language chosen.
    await page.getByRole('button', { name: text('cy', 'common:language.apply') }).click();
    // The list's own label is now in Welsh (the list may be in a sheet over the screen).
    const welshList = await languageList(page, 'cy');
    expect(await pageLanguage(page)).toEqual({ lang: 'cy', dir: 'ltr' });
    await expect.poll(() => welshList.evaluate((el) => el === document.activeElement)).toBe(true);
    await page
      .getByRole('status')
      .filter({ hasText: text('cy', 'common:language.applied') })
      .waitFor();
    await expectNoAxeViolations(page, 'language applied (cy)');

    // Arabic, right to left.
    await welshList.selectOption('ar');
    expect(await pageLanguage(page)).toEqual({ lang: 'cy', dir: 'ltr' });
    await page.getByRole('button', { name: text('ar', 'common:language.apply') }).click();
    await languageList(page, 'ar');
    expect(await pageLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl' });

    // Remembered on the phone.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: text('ar', 'common:home.title') }).waitFor();
    expect(await pageLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(pageErrors).toEqual([]);
  });

  it('offers the pseudo-locale only once the developer switch is on, and keeps it on', async () => {
    const { page, pageErrors } = await newPhone(heard.browser, heard.server.origin);
    await page.goto(`${heard.server.origin}/join/DEMOSHIRE`);
    await page.getByRole('heading', { level: 1, name: text('en', 'common:home.title') }).waitFor();
    const values = async () => (await languageList(page, 'en')).locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(await values()).not.toContain('pseudo');

    await page.goto(`${heard.server.origin}/?dev=1`);
    await page.getByRole('heading', { level: 1, name: text('en', 'common:home.title') }).waitFor();
    expect(await values()).toContain('pseudo');
    // Still on without the address asking.
    await page.goto(`${heard.server.origin}/`);
    await page.getByRole('heading', { level: 1, name: text('en', 'common:home.title') }).waitFor();
    const list = await languageList(page, 'en');
    await list.selectOption('pseudo');
    await page.getByRole('button', { name: text('pseudo', 'common:language.apply') }).click();
    await languageList(page, 'pseudo');
    expect(await pageLanguage(page)).toEqual({ lang: 'en', dir: 'ltr' });

    // A phone already in pseudo keeps it after the switch goes off.
    await page.goto(`${heard.server.origin}/?dev=0`);
    await page.getByRole('heading', { level: 1, name: text('pseudo', 'common:home.title') }).waitFor();
    expect(await (await languageList(page, 'pseudo')).inputValue()).toBe('pseudo');
    expect(pageErrors).toEqual([]);
  });
});
