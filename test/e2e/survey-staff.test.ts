// The "How's life?" staff screens in real Chromium, in English, Welsh and Arabic, light and dark: the results (with
// the charts drawn and every chart's table beside it), paper returns with a survey chosen, and the care population —
// axe-core finds no WCAG 2.2 AA violation, nothing is wider than a 360 px phone, and printing leaves out the charts
// and the tools but keeps the tables and the suppression note.
import { describe, expect, it } from 'vitest';
import { browserAvailable, demoAccount, expectAccessible, heardInChromium, newPhone, screenshot, signInStaff } from './harness';
import { text } from './locale-text';
import { BROWSER_LOCALE, type Lng } from './screens';

const run = browserAvailable();
const LNGS: readonly Lng[] = ['en', 'cy', 'ar'];

describe.skipIf(!run)('"How\'s life?" staff screens in Chromium', () => {
  const heard = heardInChromium();

  it.each(LNGS)('results, paper returns and the care population pass axe in %s', async (lng) => {
    const r = (key: string, values?: Record<string, string | number>) => text(lng, `survey-results:${key}`, values);
    const { page, context, pageErrors } = await newPhone(heard.browser, heard.server.origin, BROWSER_LOCALE[lng]);
    try {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await signInStaff(page, heard.server.origin, demoAccount('admin'), lng);
      const main = page.getByRole('main');

      await page.goto(`${heard.server.origin}/staff/survey-results`);
      await main.getByRole('heading', { level: 1, name: r('results.title') }).waitFor();
      await main.getByRole('table', { name: r('overview.bandsCaption') }).waitFor({ timeout: 20_000 });
      const charts = main.locator('canvas[role="img"]');
      if ((await charts.count()) > 0) {
        // Every chart is described by a table with the same figures.
        for (const id of await charts.evaluateAll((cs) => cs.map((c) => c.getAttribute('aria-describedby') ?? ''))) {
          expect(await page.locator(`table[id="${id}"]`).count(), `the table for ${id}`).toBe(1);
        }
      }
      await expectAccessible(page, `results (${lng})`);
      await screenshot(page, `staff-survey-results-${lng}-360`);
      await page.emulateMedia({ media: 'print' });
      expect(await main.locator('.survey-chart').evaluateAll((cs) => cs.every((c) => getComputedStyle(c).display === 'none'))).toBe(true);
      expect(await main.getByRole('link', { name: r('results.csv') }).isVisible()).toBe(false);
      expect(await main.getByText(r('results.suppression', { n: 5 })).isVisible()).toBe(true);
      expect(await main.getByRole('table', { name: r('overview.bandsCaption') }).isVisible()).toBe(true);
      await page.emulateMedia({ media: 'screen' });

      await page.goto(`${heard.server.origin}/staff/survey-paper`);
      await main.getByRole('heading', { level: 1, name: r('paper.title') }).waitFor();
      await main.getByLabel(r('paper.band')).selectOption('8-11');
      await main.getByLabel(r('paper.month')).waitFor();
      await expectAccessible(page, `paper returns (${lng})`);

      await page.goto(`${heard.server.origin}/staff/survey-population`);
      await main.getByRole('heading', { level: 1, name: r('population.title') }).waitFor();
      await main.getByRole('group', { name: r('bands.8-11') }).waitFor();
      await expectAccessible(page, `care population (${lng})`);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
