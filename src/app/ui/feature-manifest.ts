// What a feature tells the app about itself. The shell and the staff area are built from the list in features/index.ts:
// a new domain is one folder with a manifest and one line there.
import type { ComponentType, LazyExoticComponent } from 'react';
import type { Role } from '../../shared/roles';
import type { Symbol } from './icons';
import type { PreloadableScreen } from './preloadable';
import type { StaffScreenProps } from './staff/screen-props';

export type { StaffScreenProps };

/** A young person's screen: matched with matchPath ("/wall/:promptId", "/feed/*"), loaded as its own chunk. */
export interface PageRoute {
  patterns: readonly string[];
  page: LazyExoticComponent<ComponentType>;
}

/**
 * An entry in the young person's navigation (and on the home screen when `home` is set). `key` names nav.<key> (the
 * full name, on home cards and in the More sheet) and, when it exists, tab.<key> (a short name for the tab bar).
 */
export interface NavEntry {
  href: string;
  key: string;
  /** Drawn beside its name in the tab bar, the More sheet and on its home card. */
  symbol: Symbol;
  /** Where the count of the young person's own items with news shows: on the navigation link or on the home card. */
  newsBadge?: 'nav' | 'home';
  /** Also a card on the home screen, with home.<key> as its line. */
  home?: boolean;
  /**
   * Where the navigation offers it: in the tab bar at the bottom of every screen (the young person's main places; at
   * most four with Home, so "More" fits beside them), or on the More sheet.
   */
  nav?: 'tab' | 'more';
}

export interface JoinScreenProps {
  /** The code from a /join/<code> link, tried at once. */
  initialCode?: string;
  onJoined: () => void;
}

export interface JoinFromLink {
  /** Sends the join request with a link's code now; the join screen's first try with that code takes its answer. */
  start(code: string): void;
  /** Whether that join has already ended with the phone joined: home is then drawn at once, with no join screen. */
  takeJoined(): boolean;
}

/** A staff screen: shown to staff with any one of `roles` (admin is not implied). `key` names sections.<key>. */
export interface StaffSection {
  path: string;
  key: string;
  roles: readonly Role[];
  /** Where it stands in the staff navigation, across every feature (lowest first); the first allowed opens first. */
  order: number;
  /** The kind in `GET /api/v1/staff/waiting` whose count and oldest age the navigation shows beside it. */
  waitingKind?: string;
}

/** A domain's staff screens by section key: the default export of its staff/screens.ts. */
export type StaffScreens = Readonly<Record<string, ComponentType<StaffScreenProps>>>;

export interface FeatureManifest {
  /** The folder name under src/app/features. */
  id: string;
  /**
   * Locale namespaces the young person's screens use (locales/<lng>/<namespace>.json), loaded with the first screen;
   * staff-only words are left out (a screen loads any other namespace when it first asks for it).
   */
  namespaces: readonly string[];
  routes?: readonly PageRoute[];
  nav?: readonly NavEntry[];
  staff?: readonly StaffSection[];
  /** Loads the staff screens of `staff` (only the staff area calls it, so young people never download them). */
  staffScreens?: () => Promise<{ default: StaffScreens }>;
  /**
   * A card the feature draws on the home screen when it has something to offer now (an open check-in), above the
   * places; loaded after the first screen (or while a phone joins, so home is drawn with it at once), drawing nothing
   * when there is nothing to offer.
   */
  homeCard?: PreloadableScreen<object>;
  /** The screen a phone that has not joined a council sees, whatever the address (one feature provides it). */
  join?: PreloadableScreen<JoinScreenProps>;
  /** Joining from a /join/<code> link as the app starts, before the join screen is drawn (the feature with `join`). */
  joinFromLink?: JoinFromLink;
}
