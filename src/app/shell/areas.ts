// The young person's places, built from the feature list: the tab bar, the More sheet and the home screen's cards.
import { FEATURES } from '../features/index';
import type { NavEntry } from '../ui/feature-manifest';
import { HomeSymbol } from '../ui/icons';

const entries: NavEntry[] = FEATURES.flatMap((f) => f.nav ?? []);

export const HOME: NavEntry = { href: '/', key: 'home', symbol: HomeSymbol };
/** The tab bar: Home, then each feature's main place in the list's order (More comes after them). */
export const TABS: readonly NavEntry[] = [HOME, ...entries.filter((e) => e.nav === 'tab')];
/** The More sheet's places: the rest. */
export const MORE: readonly NavEntry[] = entries.filter((e) => e.nav === 'more');
export const HOME_CARDS: readonly NavEntry[] = entries.filter((e) => e.home);
/** Cards the features draw themselves on the home screen, when they have something to offer now. */
export const HOME_OFFERS = FEATURES.flatMap((f) => (f.homeCard ? [{ id: f.id, Card: f.homeCard }] : []));
/**
 * Loads the home cards' chunks. While a phone joins: home is then drawn at once when the join is done, instead of
 * React holding the whole screen back until each card's chunk has arrived.
 */
export const preloadHomeOffers = (): Promise<unknown> => Promise.all(HOME_OFFERS.map(({ Card }) => Card.preload().catch(() => undefined)));

/** Whether the place at `href` holds `path` (Home only "/" itself). */
const holds = (href: string, path: string) => (href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`));

/** The place among `places` that holds `path` most closely ("/feed/names" is the polls, not "/feed"). */
const closest = (places: readonly NavEntry[], path: string) =>
  places.filter((e) => holds(e.href, path)).sort((a, b) => b.href.length - a.href.length)[0];

/** Whether `path` is in the place `href` and no closer place holds it. */
export function isCurrent(href: string, path: string): boolean {
  return closest([...TABS, ...MORE], path)?.href === href;
}

/**
 * The tab bar's current place: the closest tab that holds `path` ("/feed/mine" belongs to "You said, we did", where its
 * "Back to…" link goes), else "more" when a place on the More sheet holds it (or the privacy screen), else none.
 */
export function currentTab(path: string): string | 'more' | null {
  const tab = closest(TABS, path);
  if (tab) return tab.key;
  return MORE.some((e) => holds(e.href, path)) || holds('/privacy', path) ? 'more' : null;
}

/** The screen a phone that has not joined sees (from the feature that provides it). */
export const JoinScreen = FEATURES.find((f) => f.join)?.join;
/** Joining with a /join/<code> link's code as the app starts (from the feature that provides the join screen). */
export const joinFromLink = FEATURES.find((f) => f.joinFromLink)?.joinFromLink;
