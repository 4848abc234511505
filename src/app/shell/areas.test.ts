// The navigation built from the feature list: a tab bar that fits a phone, every place reachable, one current place.
import { describe, expect, it } from 'vitest';
import enCommon from '../../../locales/en/common.json';
import { currentTab, HOME_CARDS, isCurrent, MORE, TABS } from './areas';

describe('the young person’s places', () => {
  it('keeps the tab bar to Home and at most three more, so "More" fits beside them at 360 px', () => {
    expect(TABS[0]?.href).toBe('/');
    expect(TABS.length).toBeGreaterThanOrEqual(2);
    expect(TABS.length).toBeLessThanOrEqual(4);
  });

  it('offers every home card in the tab bar or on the More sheet, and names each place', () => {
    const reachable = new Set([...TABS, ...MORE].map((e) => e.href));
    for (const card of HOME_CARDS) expect(reachable.has(card.href), card.href).toBe(true);
    const nav = enCommon.nav as Record<string, string>;
    for (const e of [...TABS, ...MORE]) expect(nav[e.key], e.key).toBeTruthy();
    expect(new Set([...TABS, ...MORE].map((e) => e.href)).size).toBe(TABS.length + MORE.length);
  });

  it('marks one place current: Home only at "/", and the longer place wins ("/feed/names" is the polls)', () => {
    const current = (path: string) => [...TABS, ...MORE].filter((e) => isCurrent(e.href, path)).map((e) => e.key);
    expect(current('/')).toEqual(['home']);
    expect(current('/wall')).toEqual(['wall']);
    expect(current('/wall/p1')).toEqual(['wall']);
    expect(current('/feed')).toEqual(['feed']);
    expect(current('/feed/item-1')).toEqual(['feed']);
    expect(current('/feed/names')).toEqual(['names']);
    expect(current('/feed/mine')).toEqual(['mine']);
    expect(current('/wallpaper')).toEqual([]);
    expect(current('/survey')).toEqual(['survey']);
    expect(current('/offer')).toEqual(['offer']);
    expect(current('/offer/item/offer-setting-up-home')).toEqual(['offer']);
  });

  it('offers the local offer on the More sheet and as a home card (no longer "Coming soon")', () => {
    expect(MORE.find((e) => e.href === '/offer')?.key).toBe('offer');
    expect(HOME_CARDS.some((e) => e.href === '/offer')).toBe(true);
    expect(currentTab('/offer/for-me')).toBe('more');
  });

  it('lights the tab a screen belongs to: "What happened to what I said" is part of "You said, we did"', () => {
    expect(currentTab('/')).toBe('home');
    expect(currentTab('/wall/p1')).toBe('wall');
    expect(currentTab('/feed/mine')).toBe('feed');
    expect(currentTab('/feed/names')).toBe('names');
    expect(currentTab('/survey')).toBe('more');
    expect(currentTab('/privacy')).toBe('more');
    expect(currentTab('/nowhere')).toBeNull();
  });
});
