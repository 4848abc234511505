// The casework screens an admin and the safeguarding team use, in real Chromium at 360 px: the safeguarding queue
// (due time, who has an item, "Give this to"), the response-time and escalation settings, the alert email settings and
// the "You said, we did" editor with its request topics pass axe-core in English, Welsh and Arabic, light and dark; and
// a journey: words that may be about harm arrive from a phone, the admin gives the item to a member of the team, and
// the card then says who has it — after a reload too, so it was stored, not only shown.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, type PullResponse, type RegisterDeviceResponse } from '../../src/shared/protocol';
import type { WallPrompt } from '../../src/shared/wall';
import { newId } from '../../src/shared/ids';
import { browserAvailable, demoAccount, expectAccessible, heardInChromium, newPhone, screenshot, signInStaff } from './harness';
import { text } from './locale-text';
import { BROWSER_LOCALE, type Lng } from './screens';

const run = browserAvailable();
const LNGS: readonly Lng[] = ['en', 'cy', 'ar'];

/** Opens a staff screen by its address and waits for its heading and for nothing to be loading. */
async function open(page: Page, url: string, heading: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('main').getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.locator('.loading').first().waitFor({ state: 'detached' });
}

/** A phone of Demoshire sends wall words that may be about harm, straight through the API as the app would. */
async function sendHarm(origin: string, words: string): Promise<void> {
  const joined = await fetch(`${origin}/api/v1/devices`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ joinCode: 'DEMOSHIRE' }),
  });
  expect(joined.status).toBe(201);
  const { token } = (await joined.json()) as RegisterDeviceResponse;
  const auth = { authorization: `Bearer ${token}` };
  const pulled = (await (await fetch(`${origin}/api/v1/sync/pull?since=0`, { headers: auth })).json()) as PullResponse;
  const prompt = (pulled.changes.wallPrompts ?? []).find((p): p is WallPrompt => !('deleted' in p) && p.open);
  expect(prompt, 'Demoshire has an open wall prompt').toBeDefined();
  const pushed = await fetch(`${origin}/api/v1/sync/push`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({
      protocol: PROTOCOL_VERSION,
      ops: [{ id: newId(), type: 'wall.post', createdAt: new Date().toISOString(), payload: { promptId: prompt?.id, text: words } }],
    }),
  });
  expect(pushed.status).toBe(200);
  const { results } = (await pushed.json()) as { results: Array<{ status: string }> };
  expect(results.map((r) => r.status)).toEqual(['accepted']);
}

describe.skipIf(!run)('casework staff screens in Chromium', () => {
  const heard = heardInChromium();

  it.each(LNGS)('the queue, its settings, alert email and the editor with request topics pass axe in %s', async (lng) => {
    const s = (key: string, values?: Record<string, string | number>) => text(lng, `staff:${key}`, values);
    const { page, context, pageErrors, foreignRequests } = await newPhone(heard.browser, heard.server.origin, BROWSER_LOCALE[lng]);
    try {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await signInStaff(page, heard.server.origin, demoAccount('admin'), lng);
      const origin = heard.server.origin;

      await open(page, `${origin}/staff/safeguarding`, s('safeguarding.title'));
      await expectAccessible(page, `the safeguarding queue (${lng})`);

      await open(page, `${origin}/staff/safeguarding-settings`, s('safeguardingSettings.title'));
      await expectAccessible(page, `the safeguarding settings (${lng})`);
      await screenshot(page, `staff-safeguarding-settings-${lng}-360`);

      await open(page, `${origin}/staff/alerts`, s('alerts.title'));
      // The password is never sent back: its field is empty whatever is saved.
      expect(await page.locator('main input[type="password"]').first().inputValue()).toBe('');
      await expectAccessible(page, `the alert email settings (${lng})`);
      await screenshot(page, `staff-alerts-${lng}-360`);

      await open(page, `${origin}/staff/feed/new`, s('feed.editor.newTitle'));
      await page.getByRole('group', { name: s('feed.editor.requestTopics') }).waitFor();
      await expectAccessible(page, `the feed editor with request topics (${lng})`);
      expect(pageErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('words about harm arrive, the admin gives the item to a member of the team, and the card says who has it', async () => {
    const s = (key: string, values?: Record<string, string | number>) => text('en', `staff:${key}`, values);
    const origin = heard.server.origin;
    const words = `my carer hits me ${Date.now()}`;
    await sendHarm(origin, words);

    const { page, context, pageErrors } = await newPhone(heard.browser, origin, 'en-GB');
    try {
      await signInStaff(page, origin, demoAccount('admin'));
      await open(page, `${origin}/staff/safeguarding`, s('safeguarding.title'));
      const card = page.locator('li.staff-card', { hasText: words });
      await card.waitFor();
      const choose = card.getByLabel(s('safeguarding.assignLabel'));
      const people = await choose
        .locator('option')
        .evaluateAll((os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, label: o.textContent ?? '' })).filter((o) => o.value !== ''));
      expect(people.length, 'the queue has a team to give items to').toBeGreaterThan(0);
      const person = people[0] ?? { value: '', label: '' };
      await choose.selectOption(person.value);
      await card.getByRole('button', { name: s('safeguarding.assign') }).click();
      await card.getByText(s('safeguarding.assignedTo', { name: person.label })).waitFor();
      await expectAccessible(page, 'the queue with an item given to someone');
      await screenshot(page, 'staff-safeguarding-assigned-en-360');

      await open(page, `${origin}/staff/safeguarding`, s('safeguarding.title'));
      await page
        .locator('li.staff-card', { hasText: words })
        .getByText(s('safeguarding.assignedTo', { name: person.label }))
        .waitFor();
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
