// The young person's places, built from the feature list: the top navigation and the home screen's cards. Areas
// whose domains do not exist yet (surveys, help, the local offer) are the shell's own "Coming soon" pages.
import { FEATURES } from '../features/index';
import type { NavEntry } from '../ui/feature-manifest';

export const COMING_SOON = ['survey', 'help', 'offer'] as const;
export type ComingSoonArea = (typeof COMING_SOON)[number];

const comingSoon: NavEntry[] = COMING_SOON.map((key) => ({ href: `/${key}`, key, nav: true, home: true }));
const entries: NavEntry[] = [...FEATURES.flatMap((f) => f.nav ?? []), ...comingSoon];

/** Home first, then each feature's entry in the list's order, then what is coming. */
export const NAV: readonly NavEntry[] = [{ href: '/', key: 'home' }, ...entries.filter((e) => e.nav)];
export const HOME_CARDS: readonly NavEntry[] = entries.filter((e) => e.home);

/** The screen a phone that has not joined sees (from the feature that provides it). */
export const JoinScreen = FEATURES.find((f) => f.join)?.join;
