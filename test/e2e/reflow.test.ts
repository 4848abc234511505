// Every young person's screen reflows on a phone (WCAG 1.4.10) and its targets can be tapped (WCAG 2.5.8): in English,
// Welsh and Arabic, at 320 px wide with the text at 200% (the root font size, see `textSize`), at 360×740, at
// 412×915 and in landscape at 740×360, nothing scrolls sideways (`scrollWidth` ≤ `clientWidth`) and no element
// reaches past the screen's edge; every link and button is at least 24×24 CSS px (links inside a sentence are exempt,
// as WCAG allows) and every "Back to…" link at least 44 px tall. A failure names the worst offenders.
//
// Each screen is opened once per language on a phone that has joined Demoshire, then the phone is turned and its text
// size changed (as a young person does); motion is reduced so no sheet is measured half-way through sliding in.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, heardInChromium, newPhone, type PhoneContext } from './harness';
import { text } from './locale-text';
import { BROWSER_LOCALE, frames, join, openJoin, settle, textSize, youngScreens, type Lng } from './screens';

const run = browserAvailable();

interface Viewport {
  name: string;
  width: number;
  height: number;
  textPercent: number;
}

const VIEWPORTS: readonly Viewport[] = [
  { name: '320 px, text 200%', width: 320, height: 740, textPercent: 200 },
  { name: '360×740', width: 360, height: 740, textPercent: 100 },
  { name: '412×915', width: 412, height: 915, textPercent: 100 },
  { name: 'landscape 740×360', width: 740, height: 360, textPercent: 100 },
];

const LNGS: readonly Lng[] = ['en', 'cy', 'ar'];

/**
 * Cases that still fail on main while the phone layout is being rebuilt, as `screen | lng | viewport | check` with `*`
 * for any (check: `sideways`, `target`, `back`, or `open` with viewport `-` when the screen cannot be reached yet).
 * Each entry is measured all the same and printed; an entry that passes is reported so it can be removed. Shrink
 * this list as the layout lands; it must end empty.
 */
export const KNOWN_OVERFLOW: readonly string[] = [];

function known(screen: string, lng: Lng, viewport: string, check: string): boolean {
  const parts = [screen, lng, viewport, check];
  return KNOWN_OVERFLOW.some((entry) => entry.split('|').every((p, i) => p.trim() === '*' || p.trim() === parts[i]));
}

/** The words of every "Back to…" link a young person can see (keys named `back` in their namespaces). */
function backTexts(lng: Lng): string[] {
  const keys = ['wall:back', 'feed:back', 'offer:back', 'requests:ask.back', 'common:notFound.back'];
  return keys.map((k) => text(lng, k));
}

interface Measure {
  scrollWidth: number;
  clientWidth: number;
  /** Elements that reach past the screen's edge further than their parent does: the cause, not its containers. */
  overflowing: { what: string; left: number; right: number; width: number }[];
  /** Links and buttons smaller than 24×24 that are not inline in a sentence. */
  small: { what: string; width: number; height: number }[];
  back: { what: string; height: number }[];
}

/** Runs in the page: what sticks out, what is too small to tap, how tall the "Back to…" links are. */
function measure(page: Page, backWords: string[]): Promise<Measure> {
  return page.evaluate((backWords) => {
    const root = document.documentElement;
    const cw = root.clientWidth;
    const label = (el: Element): string => {
      const own = (e: Element) => {
        const id = e.id ? `#${e.id}` : '';
        const cls = typeof e.className === 'string' && e.className.trim() ? `.${e.className.trim().split(/\s+/).slice(0, 3).join('.')}` : '';
        return `${e.tagName.toLowerCase()}${id}${cls}`;
      };
      const chain: string[] = [];
      for (let e: Element | null = el; e && e !== document.body && chain.length < 4; e = e.parentElement) chain.unshift(own(e));
      const words = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `${chain.join(' > ')}${words ? ` "${words}"` : ''}`;
    };
    const shown = (el: Element) => {
      const rects = el.getClientRects();
      if (rects.length === 0) return false;
      const style = getComputedStyle(el);
      return style.visibility !== 'hidden' && style.display !== 'contents';
    };
    // An ancestor that clips or scrolls sideways keeps what is inside it from widening the page. The box the screen
    // scrolls in (.app-scroll, between the header and the tab bar) is the page itself: what sticks out of it counts.
    const clipped = (el: Element) => {
      for (let e = el.parentElement; e && e !== document.body && e !== root; e = e.parentElement) {
        if (e.classList.contains('app-scroll')) continue;
        const style = getComputedStyle(e);
        if (style.overflowX !== 'visible' || style.clipPath !== 'none' || style.contain.includes('paint')) return true;
      }
      return false;
    };
    const overhang = (el: Element) => {
      const r = el.getBoundingClientRect();
      return Math.max(0, r.right - cw, -r.left);
    };

    const overflowing: Measure['overflowing'] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const by = overhang(el);
      if (by <= 0.5 || !shown(el) || clipped(el)) continue;
      const parent = el.parentElement;
      if (parent && parent !== document.body && overhang(parent) >= by - 0.5) continue;
      const r = el.getBoundingClientRect();
      overflowing.push({ what: label(el), left: Math.round(r.left), right: Math.round(r.right), width: Math.round(r.width) });
    }
    overflowing.sort((a, b) => Math.max(b.right - cw, -b.left) - Math.max(a.right - cw, -a.left));

    const small: Measure['small'] = [];
    const back: Measure['back'] = [];
    const targets = document.body.querySelectorAll('a[href], button, summary, [role="button"], [role="link"], [role="tab"]');
    for (const el of Array.from(targets)) {
      if (!shown(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.width <= 1 && r.height <= 1) continue; // visually hidden, for screen readers only
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ');
      if (backWords.includes(name)) back.push({ what: label(el), height: Math.round(r.height * 10) / 10 });
      if (r.width >= 24 && r.height >= 24) continue;
      // WCAG 2.5.8's inline exception: a link inside a sentence is sized by the line it is on.
      const inline = getComputedStyle(el).display === 'inline';
      const sentence = Array.from(el.parentElement?.childNodes ?? []).some((n) => n !== el && (n.textContent ?? '').trim() !== '');
      if (inline && sentence) continue;
      small.push({ what: label(el), width: Math.round(r.width * 10) / 10, height: Math.round(r.height * 10) / 10 });
    }
    // The page scrolls sideways if the whole page does or the screen's own scroll box does.
    const box = document.querySelector('.app-scroll');
    const scrollWidth = Math.max(root.scrollWidth, box ? box.scrollWidth - box.clientWidth + cw : 0);
    return { scrollWidth, clientWidth: cw, overflowing: overflowing.slice(0, 8), small, back };
  }, backWords);
}

/** Screens that have a "Back to…" link: the check must find it, so renaming it cannot make the check pass unseen. */
const HAS_BACK = new Set(['prompt', 'mine', 'offer for me', 'offer topic', 'offer my list', 'ask my PA']);

async function checkEveryViewport(page: Page, screen: string, lng: Lng): Promise<{ failures: string[]; nowPassing: string[] }> {
  const failures: string[] = [];
  const nowPassing: string[] = [];
  const report = (viewport: string, check: string, ok: boolean, detail: string) => {
    const isKnown = known(screen, lng, viewport, check);
    if (!ok && !isKnown) failures.push(`${screen} | ${lng} | ${viewport} | ${check}: ${detail}`);
    if (!ok && isKnown) console.warn(`known, still failing: ${screen} | ${lng} | ${viewport} | ${check}`);
    if (ok && isKnown) nowPassing.push(`${screen} | ${lng} | ${viewport} | ${check}`);
  };
  for (const vp of VIEWPORTS) {
    await page.setViewportSize({ width: vp.width, height: vp.height });
    await textSize(page, vp.textPercent);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await frames(page);
    const m = await measure(page, backTexts(lng));
    const sideways = m.scrollWidth <= m.clientWidth && m.overflowing.length === 0;
    report(
      vp.name,
      'sideways',
      sideways,
      `scrollWidth ${m.scrollWidth} > clientWidth ${m.clientWidth}; reaching past the edge:\n    ${m.overflowing
        .map((o) => `${o.what} (left ${o.left}, right ${o.right}, width ${o.width})`)
        .join('\n    ')}`,
    );
    report(
      vp.name,
      'target',
      m.small.length === 0,
      `smaller than 24×24:\n    ${m.small.map((s) => `${s.what} ${s.width}×${s.height}`).join('\n    ')}`,
    );
    const shortBack = m.back.filter((b) => b.height < 44);
    const backOk = shortBack.length === 0 && (!HAS_BACK.has(screen) || m.back.length > 0);
    report(
      vp.name,
      'back',
      backOk,
      m.back.length === 0
        ? 'no "Back to…" link found'
        : `"Back to…" links under 44 px tall:\n    ${shortBack.map((b) => `${b.what} ${b.height} px`).join('\n    ')}`,
    );
  }
  await textSize(page, 100);
  await page.setViewportSize({ width: 360, height: 740 });
  return { failures, nowPassing };
}

describe.skipIf(!run)('every young person’s screen reflows and can be tapped, in Chromium', () => {
  const heard = heardInChromium();

  describe.each(LNGS)('in %s', (lng) => {
    let phone: PhoneContext;
    beforeAll(async () => {
      phone = await newPhone(heard.browser, heard.server.origin, BROWSER_LOCALE[lng]);
      await phone.page.emulateMedia({ reducedMotion: 'reduce' });
      await join(phone.page, heard.server.origin, lng);
    });
    afterAll(async () => {
      await phone?.context.close();
    });

    it.each(youngScreens().map((s) => [s.name, s] as const))('%s', async (_name, screen) => {
      await phone.page.setViewportSize({ width: 360, height: 740 });
      try {
        await screen.open(phone.page, heard.server.origin, lng);
      } catch (e) {
        if (!known(screen.name, lng, '-', 'open')) throw e;
        console.warn(`known, still failing: ${screen.name} | ${lng} | - | open: ${String(e)}`);
        return;
      }
      if (known(screen.name, lng, '-', 'open')) console.warn(`KNOWN_OVERFLOW entry that now passes (remove it): ${screen.name} | ${lng} | - | open`);
      const { failures, nowPassing } = await checkEveryViewport(phone.page, screen.name, lng);
      if (nowPassing.length) console.warn(`KNOWN_OVERFLOW entries that now pass (remove them):\n  ${nowPassing.join('\n  ')}`);
      expect(failures, failures.join('\n')).toEqual([]);
      expect(phone.pageErrors).toEqual([]);
      expect(phone.foreignRequests).toEqual([]);
    });

    it('join (a phone that has not joined yet)', async () => {
      const fresh = await newPhone(heard.browser, heard.server.origin, BROWSER_LOCALE[lng]);
      try {
        await fresh.page.emulateMedia({ reducedMotion: 'reduce' });
        await openJoin(fresh.page, heard.server.origin);
        await settle(fresh.page);
        const { failures } = await checkEveryViewport(fresh.page, 'join', lng);
        expect(failures, failures.join('\n')).toEqual([]);
        expect(fresh.pageErrors).toEqual([]);
      } finally {
        await fresh.context.close();
      }
    });
  });
});
