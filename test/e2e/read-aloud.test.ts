// Read-aloud in real Chromium: the phone's voice list and speech are stubbed in the page, so the test hears what Heard
// asks the phone to say. A screen's read-aloud speaks that screen's words in English and in Welsh, a choice's speaks
// the choice, and a Welsh phone with no Welsh voice says so in words instead of speaking.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, heardInChromium, newPhone, stubSpeech } from './harness';
import { text } from './locale-text';
import { BROWSER_LOCALE, join, settle, type Lng } from './screens';

const run = browserAvailable();

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: { text: string; lang: string }[] }).__spoken.slice());

describe.skipIf(!run)('read-aloud in Chromium', () => {
  const heard = heardInChromium();

  for (const lng of ['en', 'cy'] as const satisfies readonly Lng[]) {
    it(`reads the wall and a choice aloud in ${lng}`, async () => {
      const phone = await newPhone(heard.browser, heard.server.origin, BROWSER_LOCALE[lng]);
      await phone.context.addInitScript(stubSpeech, ['en-GB', 'cy-GB', 'ar-SA']);
      const { page } = phone;
      await join(page, heard.server.origin, lng);
      await page.goto(`${heard.server.origin}/wall`);
      await settle(page);

      await page.getByRole('button', { name: text(lng, 'common:readAloud.screen'), exact: true }).click();
      await expect.poll(async () => (await spoken(page)).length).toBe(1);
      const [screen] = await spoken(page);
      expect(screen?.lang).toMatch(new RegExp(`^${lng}(-|$)`));
      expect(screen?.text).toContain(text(lng, 'wall:title'));
      expect(screen?.text).toContain(text(lng, 'wall:intro'));

      // A choice: the "Yes more…" prompt's own read-aloud speaks just its words.
      const yes = (await page.locator('a.wall-prompt-yes-more .wall-prompt-text').first().textContent()) ?? '';
      expect(yes).not.toBe('');
      await page.getByRole('button', { name: text(lng, 'common:readAloud.choice', { text: yes }), exact: true }).click();
      await expect.poll(async () => (await spoken(page)).length).toBe(2);
      expect((await spoken(page))[1]).toEqual({ text: yes, lang: lng });
      expect(phone.pageErrors).toEqual([]);
      await phone.context.close();
    });
  }

  it('says so, in Welsh, when a Welsh phone has no Welsh voice', async () => {
    const phone = await newPhone(heard.browser, heard.server.origin, BROWSER_LOCALE.cy);
    await phone.context.addInitScript(stubSpeech, ['en-GB']);
    const { page } = phone;
    await join(page, heard.server.origin, 'cy');
    await page.goto(`${heard.server.origin}/wall`);
    await settle(page);
    await page.getByRole('button', { name: text('cy', 'common:readAloud.screen'), exact: true }).click();
    const sorry = text('cy', 'common:readAloud.noVoice', { language: 'LANG' }).split('LANG')[0] ?? '';
    await page.getByText(sorry.trim(), { exact: false }).first().waitFor();
    expect(await spoken(page)).toEqual([]);
    await phone.context.close();
  });
});
