// The phone layout in real Chromium, as a young person moves around it at 360×740: the tab bar (Home, Wall, "You
// said, we did", the polls and More) with symbols and words; a tapped place opens with focus on its heading and the
// browser tab named after it, in the chosen language; More opens a sheet with the other places, "what happens to what
// you write", the language and quick exit; a place chosen there opens and the sheet closes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, heardInChromium, newPhone, type PhoneContext } from './harness';
import { text } from './locale-text';
import { BROWSER_LOCALE, join, type Lng } from './screens';

const run = browserAvailable();

async function focused(page: Page): Promise<{ tag: string; text: string }> {
  return page.evaluate(() => ({ tag: document.activeElement?.tagName ?? '', text: document.activeElement?.textContent?.trim() ?? '' }));
}

describe.skipIf(!run)('the phone layout in Chromium', () => {
  const heard = heardInChromium();

  for (const lng of ['en', 'cy', 'ar'] as const satisfies readonly Lng[]) {
    describe(`in ${lng}`, () => {
      let phone: PhoneContext;
      const t = (key: string) => text(lng, key);
      beforeAll(async () => {
        phone = await newPhone(heard.browser, heard.server.origin, BROWSER_LOCALE[lng]);
        await phone.page.setViewportSize({ width: 360, height: 740 });
        await join(phone.page, heard.server.origin, lng);
      });
      afterAll(async () => {
        expect(phone.pageErrors).toEqual([]);
        expect(phone.foreignRequests).toEqual([]);
        await phone.context.close();
      });

      it('names home in the tab and keeps the tab bar in view at the bottom, each place with a symbol and words', async () => {
        const { page } = phone;
        expect(await page.title()).toBe(`${t('common:home.title')} – ${t('common:appName')}`);
        const bar = page.getByRole('navigation', { name: t('common:nav.label') });
        const tabs = bar.locator('.tab');
        expect(await tabs.count()).toBe(5);
        const box = await bar.boundingBox();
        expect(box, 'the tab bar is on screen').not.toBeNull();
        expect(box!.y + box!.height).toBeGreaterThan(735);
        expect(box!.y + box!.height).toBeLessThanOrEqual(741);
        for (let i = 0; i < 5; i++) {
          const tab = tabs.nth(i);
          expect(await tab.locator('svg[aria-hidden="true"]').count(), `tab ${i} has a symbol`).toBe(1);
          expect((await tab.innerText()).trim().length, `tab ${i} has words`).toBeGreaterThan(1);
          const r = (await tab.boundingBox())!;
          expect(r.height).toBeGreaterThanOrEqual(44);
        }
        expect(await bar.getByRole('link', { name: t('common:nav.home') }).getAttribute('aria-current')).toBe('page');
      });

      it('opens the wall from its tab with focus on the wall’s heading and the tab named after it', async () => {
        const { page } = phone;
        await page
          .getByRole('navigation', { name: t('common:nav.label') })
          .getByRole('link', { name: t('common:nav.wall') })
          .click();
        const h1 = page.getByRole('heading', { level: 1 });
        await expect.poll(async () => (await focused(page)).tag, { timeout: 10_000 }).toBe('H1');
        const title = (await h1.innerText()).trim();
        expect((await focused(page)).text).toBe(title);
        expect(await page.title()).toBe(`${title} – ${t('common:appName')}`);
        expect(await page.getByRole('link', { name: t('common:nav.wall') }).getAttribute('aria-current')).toBe('page');
      });

      it('offers the other places, privacy, the language and quick exit on More; a place chosen there opens', async () => {
        const { page } = phone;
        await page.getByRole('button', { name: t('common:nav.more'), exact: true }).click();
        const sheet = page.getByRole('dialog', { name: t('common:nav.more') });
        await sheet.waitFor();
        // Focus starts on Close, never on quick exit (a held Enter on More must not leave Heard).
        expect(await page.evaluate(() => document.activeElement?.classList.contains('sheet-close'))).toBe(true);
        for (const key of ['survey', 'help', 'offer', 'mine']) await sheet.getByRole('link', { name: t(`common:nav.${key}`) }).waitFor();
        await sheet.getByRole('link', { name: t('privacy:notice.link') }).waitFor();
        await sheet.getByRole('button', { name: t('common:quickExit.button') }).waitFor();
        expect(await sheet.getByRole('combobox').count()).toBe(1);
        await sheet.getByRole('link', { name: t('common:nav.mine') }).click();
        await sheet.waitFor({ state: 'hidden' });
        await expect.poll(async () => (await focused(page)).tag, { timeout: 10_000 }).toBe('H1');
        expect(await page.title()).toBe(`${t('feed:mine.title')} – ${t('common:appName')}`);
        // Back on More: the sheet closes with its button and focus returns to More.
        await page.getByRole('button', { name: t('common:nav.more'), exact: true }).click();
        await sheet.waitFor();
        await sheet.getByRole('button', { name: t('common:more.close') }).click();
        await sheet.waitFor({ state: 'hidden' });
        expect((await focused(page)).text).toContain(t('common:nav.more'));
      });

      it('moves focus to the heading of a place chosen on More when its screen is there at once', async () => {
        const { page } = phone;
        // "Ask for help" is drawn at once, and "What happened to what I said" too once the feed's screens have loaded.
        for (const [key, title] of [
          ['help', t('common:nav.help')],
          ['mine', t('feed:mine.title')],
        ] as const) {
          await page.getByRole('button', { name: t('common:nav.more'), exact: true }).click();
          const sheet = page.getByRole('dialog', { name: t('common:nav.more') });
          await sheet.getByRole('link', { name: t(`common:nav.${key}`) }).click();
          await sheet.waitFor({ state: 'hidden' });
          await expect.poll(async () => (await focused(page)).tag, { timeout: 10_000 }).toBe('H1');
          expect((await focused(page)).text).toBe(title);
        }
      });

      it('never lets the header or the tab bar cover what has focus while tabbing down a long screen', async () => {
        const { page } = phone;
        await page.goto(`${heard.server.origin}/wall`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.locator('a.wall-prompt').first().waitFor();
        let checked = 0;
        for (let i = 0; i < 30; i++) {
          await page.keyboard.press('Tab');
          const at = await page.evaluate(() => {
            const el = document.activeElement;
            const main = document.getElementById('main');
            if (!el || !main?.contains(el)) return null;
            const r = el.getBoundingClientRect();
            const top = document.querySelector('.app-header')!.getBoundingClientRect().bottom;
            const bottom = document.querySelector('.app-bottom')!.getBoundingClientRect().top;
            return { what: el.textContent?.trim().slice(0, 30), top: r.top, bottom: r.bottom, barTop: top, barBottom: bottom };
          });
          if (!at) continue;
          checked++;
          expect(at.top, `${at.what} under the header`).toBeGreaterThanOrEqual(at.barTop - 1);
          expect(at.bottom, `${at.what} under the tab bar`).toBeLessThanOrEqual(at.barBottom + 1);
        }
        expect(checked).toBeGreaterThan(5);
      });

      it('opens "I don’t feel safe" with focus on its title, quick exit one step back', async () => {
        const { page } = phone;
        await page
          .getByRole('button', { name: t('safety:button') })
          .first()
          .click();
        const help = page.getByRole('dialog', { name: t('safety:title') });
        await help.waitFor();
        expect((await focused(page)).text).toBe(t('safety:title'));
        await page.keyboard.press('Shift+Tab');
        expect((await focused(page)).text).toBe(t('common:quickExit.button'));
        await help.getByRole('button', { name: t('safety:close') }).click();
        await help.waitFor({ state: 'hidden' });
      });
    });
  }
});
