// Every screen a young person can reach, opened the way they would reach it, for the browser tests that check each
// screen the same way (reflow, axe in every language and colour scheme). Screens are found by URL and by role and
// name, in the phone's language.
import type { Page } from 'playwright-core';
import { text } from './locale-text';

export type Lng = 'en' | 'cy' | 'ar';
export const BROWSER_LOCALE: Record<Lng, string> = { en: 'en-GB', cy: 'cy-GB', ar: 'ar' };

/** Waits until the screen has its heading, nothing is loading, the fonts are in and the layout has settled. */
export async function settle(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor({ timeout: 20_000 });
  await page.waitForFunction(() => !document.querySelector('.loading'), undefined, { timeout: 20_000 });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}

export interface YoungScreen {
  name: string;
  /** Brings a phone that has joined Demoshire to the screen, in `lng`. */
  open(page: Page, origin: string, lng: Lng): Promise<void>;
  /** False while this build has no such screen (told by the locale files: a screen without words does not exist yet). */
  exists?(): boolean;
}

/** Whether the locale files have words for `key` (in English, which every key has first). */
export function hasText(key: string): boolean {
  try {
    text('en', key);
    return true;
  } catch {
    return false;
  }
}

/** Two animation frames: the layout after a change has been computed and painted. */
export async function frames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}

async function go(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await settle(page);
}

/** Reads the privacy notice and taps "I understand" if it is on screen (it comes once per phone). */
export async function acceptNoticeIfShown(page: Page, lng: Lng): Promise<void> {
  const ok = page.getByRole('button', { name: text(lng, 'privacy:notice.ok') });
  if (await ok.count()) {
    await ok.first().click();
    await settle(page);
  }
}

/** The first link in main whose path matches `pattern` (e.g. a prompt, a feed item), or null. */
export async function firstLinkIn(page: Page, pattern: RegExp): Promise<string | null> {
  const hrefs = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.find((h) => pattern.test(h)) ?? null;
}

/** The join screen, on a phone that has not joined yet. */
export async function openJoin(page: Page, origin: string): Promise<void> {
  await go(page, `${origin}/join`);
}

/** Joins Demoshire from its link, as a young person does, and waits for home. */
export async function join(page: Page, origin: string, lng: Lng): Promise<void> {
  await page.goto(`${origin}/join/DEMOSHIRE`);
  await page.getByRole('heading', { level: 1, name: text(lng, 'common:home.title') }).waitFor({ timeout: 30_000 });
  await settle(page);
}

export const YOUNG_SCREENS: readonly YoungScreen[] = [
  { name: 'home', open: (page, origin) => go(page, `${origin}/`) },
  { name: 'wall', open: (page, origin) => go(page, `${origin}/wall`) },
  {
    name: 'prompt',
    async open(page, origin, lng) {
      await go(page, `${origin}/wall`);
      const prompt = await firstLinkIn(page, /^\/wall\/[^/]+$/);
      if (!prompt) throw new Error('the wall shows no prompt');
      await go(page, `${origin}${prompt}`);
      await acceptNoticeIfShown(page, lng);
    },
  },
  { name: 'feed', open: (page, origin) => go(page, `${origin}/feed`) },
  {
    name: 'feed item',
    async open(page, origin) {
      await go(page, `${origin}/feed`);
      const item = await firstLinkIn(page, /^\/feed\/(?!mine$|names$)[^/]+$/);
      if (!item) throw new Error('no feed card opens to its own screen');
      await go(page, `${origin}${item}`);
    },
  },
  { name: 'mine', open: (page, origin) => go(page, `${origin}/feed/mine`) },
  {
    name: 'polls',
    async open(page, origin, lng) {
      await go(page, `${origin}/feed/names`);
      await acceptNoticeIfShown(page, lng);
    },
  },
  { name: 'privacy', open: (page, origin) => go(page, `${origin}/privacy`) },
  // The local offer: its front page, "What is for me?", a topic, an item (Demoshire's allowance), my list, and
  // "Ask my PA about this".
  { name: 'local offer', open: (page, origin) => go(page, `${origin}/offer`) },
  { name: 'offer for me', open: (page, origin) => go(page, `${origin}/offer/for-me`) },
  { name: 'offer topic', open: (page, origin) => go(page, `${origin}/offer/category/money`) },
  { name: 'offer item', open: (page, origin) => go(page, `${origin}/offer/item/offer-setting-up-home`) },
  { name: 'offer my list', open: (page, origin) => go(page, `${origin}/offer/my-list`) },
  { name: 'ask my PA', open: (page, origin) => go(page, `${origin}/help/ask/offer-setting-up-home`) },
  // "Ask for help": the four doors, a form step with its choices, "contact me" with every field showing, the lookup,
  // and a request's own page (as far as it has got).
  { name: 'ask for help', exists: () => hasText('requests:title'), open: (page, origin) => go(page, `${origin}/help`) },
  {
    name: 'request form',
    exists: () => hasText('requests:title'),
    async open(page, origin, lng) {
      await go(page, `${origin}/help/new/complaint`);
      await page.getByRole('radio', { name: text(lng, 'requests:topic.school') }).check();
      await frames(page);
    },
  },
  {
    name: 'request contact',
    exists: () => hasText('requests:title'),
    async open(page, origin, lng) {
      await openContactMe(page, origin, lng);
    },
  },
  { name: 'request lookup', exists: () => hasText('requests:title'), open: (page, origin) => go(page, `${origin}/help/reference`) },
  {
    name: 'request page',
    exists: () => hasText('requests:title'),
    async open(page, origin, lng) {
      await openContactMe(page, origin, lng);
      await page.getByRole('button', { name: text(lng, 'requests:form.next') }).click();
      await page.getByRole('button', { name: text(lng, 'requests:form.send.send'), exact: true }).click();
      await page.waitForURL(/\/help\/mine\//);
      await settle(page);
    },
  },
  { name: 'survey age', open: (page, origin) => openSurveyAge(page, origin) },
  {
    name: 'survey start',
    async open(page, origin, lng) {
      await openSurveyStart(page, origin, lng);
    },
  },
  {
    // A faces question (the 8–11 survey's first), then a 0–10 scale, a free-text box and "about you" as the journey
    // test reaches them; here the first question, with its progress bar, read-aloud, Back and Skip.
    name: 'survey question',
    async open(page, origin, lng) {
      await openSurveyStart(page, origin, lng);
      const carryOn = page.getByRole('button', { name: text(lng, 'surveys:resume.carryOn') });
      await ((await carryOn.count()) ? carryOn : page.getByRole('button', { name: text(lng, 'surveys:intro.start') })).click();
      await page.getByRole('progressbar').waitFor();
      await settle(page);
    },
  },
  { name: 'what we found', open: (page, origin) => go(page, `${origin}/survey/found`) },
  {
    name: 'help open',
    async open(page, origin, lng) {
      await go(page, `${origin}/`);
      await page
        .getByRole('button', { name: text(lng, 'safety:button') })
        .first()
        .click();
      await page.getByRole('dialog').waitFor();
      await frames(page);
    },
  },
  {
    // The "More" sheet of the bottom tab bar (the rest of the young person's areas, privacy, language, install).
    name: 'more open',
    exists: () => hasText('common:nav.more'),
    async open(page, origin, lng) {
      await go(page, `${origin}/`);
      const more = page.getByRole('button', { name: text(lng, 'common:nav.more'), exact: true }).first();
      await more.click();
      await page.locator('dialog[open], [role="dialog"], [aria-expanded="true"]').first().waitFor();
      await frames(page);
    },
  },
];

/** "Contact me as soon as you can", by text, with what is safe and when showing. */
async function openContactMe(page: Page, origin: string, lng: Lng): Promise<void> {
  await go(page, `${origin}/help/new/contact-me`);
  await page.getByRole('radio', { name: text(lng, 'requests:form.contact.text') }).check();
  await page.getByLabel(text(lng, 'requests:form.contact.number')).fill('07700 900123');
  await page.getByRole('checkbox', { name: text(lng, 'requests:form.contact.safeToText') }).check();
  await frames(page);
}

/** "How's life?" on a phone that has not given its age: "How old are you?". */
async function openSurveyAge(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/survey`);
  await settle(page);
  // A phone that gave its age before: ask again ("Change your age").
  const change = page.locator('button.survey-link-button');
  if (await change.count()) {
    await change.first().click();
    await settle(page);
  }
}

/** "How's life?" for a 9-year-old: the 8–11 survey's start (or "Carry on" when a draft is on the phone). */
async function openSurveyStart(page: Page, origin: string, lng: Lng): Promise<void> {
  await openSurveyAge(page, origin);
  await page.getByRole('button', { name: '9', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: text(lng, 'surveys:age.title') }).waitFor({ state: 'detached' });
  await settle(page);
}

/** The screens this build has. */
export function youngScreens(): YoungScreen[] {
  return YOUNG_SCREENS.filter((s) => s.exists?.() ?? true);
}

/**
 * Sets the page's text size as a young person with large text has it (`100` undoes it): the root element's font size
 * (`<html style="font-size: 200%">`), which is what the phone's or browser's text-size setting does to a page sized
 * in rem and em (everything scales, the viewport does not). Not CSS zoom, which would shrink the viewport instead.
 */
export async function textSize(page: Page, percent: number): Promise<void> {
  await page.evaluate((p) => {
    document.documentElement.style.fontSize = p === 100 ? '' : `${p}%`;
  }, percent);
  await frames(page);
}
