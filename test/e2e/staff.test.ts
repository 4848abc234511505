// The staff area in real Chromium: an IRO signs in to a home that says what they can do, opens "Help a young person
// join" and sees the join link's QR code (an inline SVG that really encodes the link); publishing asks first, in a
// modal dialog that says it cannot be undone, and Cancel publishes nothing. Screenshots at 360 and 1024 px wide.
import { describe, expect, it } from 'vitest';
import { browserAvailable, demoAccount, expectNoAxeViolations, heardInChromium, newPhone, screenshot, signInStaff } from './harness';
import { text } from './locale-text';

const run = browserAvailable();
const s = (key: string, values?: Record<string, string | number>) => text('en', `staff:${key}`, values);

describe.skipIf(!run)('staff area in Chromium', () => {
  const heard = heardInChromium();

  it('gives an IRO a home with "help a young person join", and the join screen shows the QR code', async () => {
    const { page, context } = await newPhone(heard.browser, heard.server.origin);
    await signInStaff(page, heard.server.origin, demoAccount('iro'));
    const main = page.getByRole('main');
    await main.getByRole('heading', { level: 1, name: /Welcome/ }).waitFor();
    expect(await main.getByText(s('noSections')).count()).toBe(0);
    await main.getByText(s('home.lines.log')).waitFor();
    await expectNoAxeViolations(page, 'staff home (IRO)');
    await screenshot(page, 'staff-home-iro-360');

    await main.getByRole('link', { name: s('sections.joinHelp') }).click();
    await main.getByRole('heading', { level: 1, name: s('joinHelp.title') }).waitFor();
    const link = `${heard.server.origin}/join/DEMOSHIRE`;
    const qr = main.getByRole('img', { name: s('joinHelp.qrLabel', { link }) });
    await qr.waitFor();
    expect(await qr.evaluate((el) => el.tagName.toLowerCase())).toBe('svg');
    expect(await qr.evaluate((el) => el.querySelector('path')?.getAttribute('d')?.length ?? 0)).toBeGreaterThan(500);
    await main.getByText(link, { exact: true }).waitFor();
    // Reflows on a phone: nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectNoAxeViolations(page, 'help a young person join');
    await screenshot(page, 'staff-join-360');

    await page.setViewportSize({ width: 1024, height: 768 });
    await screenshot(page, 'staff-join-1024');
    await page
      .getByRole('navigation', { name: s('navLabel') })
      .getByRole('link', { name: s('sections.home') })
      .click();
    await main.getByRole('heading', { level: 1, name: /Welcome/ }).waitFor();
    await screenshot(page, 'staff-home-iro-1024');
    await context.close();
  });

  it('asks before publishing, says it cannot be undone, and Cancel publishes nothing', async () => {
    const { page, context } = await newPhone(heard.browser, heard.server.origin);
    await signInStaff(page, heard.server.origin, demoAccount('participation'));
    await page.goto(`${heard.server.origin}/staff/feed/new`);
    await page.getByRole('heading', { level: 1, name: s('feed.editor.newTitle') }).waitFor();
    const said = `More say in reviews ${Date.now()}`;
    await page.getByLabel(s('text.en', { field: s('feed.said') })).fill(said);
    await page.getByLabel(s('text.en', { field: s('feed.did') })).fill('Young people chair part of their review');
    await page.getByLabel(s('feed.responsible')).fill('Head of Service');
    const publish = page.getByRole('button', { name: s('feed.editor.publish'), exact: true });
    await publish.click();
    const dialog = page.getByRole('dialog', { name: s('confirm.publish.title') });
    await dialog.getByText(s('confirm.cannotUndo')).waitFor();
    // A modal dialog: focus starts on Cancel, inside it.
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    await expectNoAxeViolations(page, 'publish confirmation');
    await screenshot(page, 'staff-publish-confirm-360');
    await dialog.getByRole('button', { name: s('cancel') }).click();
    await dialog.waitFor({ state: 'detached' });
    // The draft was saved first but nothing was published.
    const listed = await page.evaluate(async () => (await fetch('/api/v1/staff/feed?state=published')).json());
    expect(JSON.stringify(listed)).not.toContain(said);

    await publish.click();
    await dialog.getByRole('button', { name: s('feed.editor.publish') }).click();
    await page.getByText(s('feed.editor.publishedNotice')).waitFor();
    const after = await page.evaluate(async () => (await fetch('/api/v1/staff/feed?state=published')).json());
    expect(JSON.stringify(after)).toContain(said);
    await context.close();
  });

  it('says when a list could not be loaded and offers "Try again", which loads it without losing the draft', async () => {
    const { page, context } = await newPhone(heard.browser, heard.server.origin);
    await signInStaff(page, heard.server.origin, demoAccount('participation'));
    // The themes list fails while the line is down, as on a train; nothing else does.
    let down = true;
    await page.route('**/api/v1/staff/themes', (route) => (down ? route.abort('internetdisconnected') : route.continue()));
    await page.goto(`${heard.server.origin}/staff/feed/new`);
    await page.getByRole('heading', { level: 1, name: s('feed.editor.newTitle') }).waitFor();
    const themes = page.getByRole('group', { name: s('feed.editor.themes') });
    const alert = themes.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/^The themes could not be loaded, so none can be ticked now: /);
    const said = `Quieter rooms for reviews ${Date.now()}`;
    await page.getByLabel(s('text.en', { field: s('feed.said') })).fill(said);
    await expectNoAxeViolations(page, 'a list that could not be loaded, with "Try again"');
    await themes.scrollIntoViewIfNeeded();
    await screenshot(page, 'staff-load-failed-360');
    down = false;
    await themes.getByRole('button', { name: s('retry.action') }).click();
    await alert.waitFor({ state: 'detached' });
    expect(await themes.getByRole('button', { name: s('retry.action') }).count()).toBe(0);
    // The alert goes as the list starts loading again; its boxes come with the answer.
    await themes.getByRole('checkbox').first().waitFor();
    expect(await themes.getByRole('checkbox').count()).toBeGreaterThan(0);
    expect(await page.getByLabel(s('text.en', { field: s('feed.said') })).inputValue()).toBe(said);
    await context.close();
  });
});
