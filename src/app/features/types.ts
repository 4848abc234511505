// What a feature tells the app about itself. The shell and the staff area are built from the list in index.ts:
// a new domain is one folder with a manifest and one line there.
import type { ComponentType, LazyExoticComponent } from 'react';
import type { Role } from '../../shared/staff';
import type { StaffScreenProps } from '../ui/staff/screen-props';

export type { StaffScreenProps };

/** A young person's screen: matched with matchPath ("/wall/:promptId", "/feed/*"), loaded as its own chunk. */
export interface PageRoute {
  patterns: readonly string[];
  page: LazyExoticComponent<ComponentType>;
}

/** An entry in the young person's navigation (and on the home screen when `home` is set). `key` names nav.<key>. */
export interface NavEntry {
  href: string;
  key: string;
  /** Shows the count of the young person's own items with news. */
  newsBadge?: boolean;
  /** Also a card on the home screen, with home.<key> as its line. */
  home?: boolean;
  /** Also (or only) in the top navigation. */
  nav?: boolean;
}

/** A staff screen: shown to staff with any one of `roles` (admin is not implied). `key` names sections.<key>. */
export interface StaffSection {
  path: string;
  key: string;
  roles: readonly Role[];
  /** Where it stands in the staff navigation, across every feature (lowest first); the first allowed opens first. */
  order: number;
  screen: LazyExoticComponent<ComponentType<StaffScreenProps>>;
}

export interface FeatureManifest {
  /** The folder name under src/app/features. */
  id: string;
  /** Locale namespaces the feature's screens use (locales/<lng>/<namespace>.json). */
  namespaces: readonly string[];
  routes?: readonly PageRoute[];
  nav?: readonly NavEntry[];
  staff?: readonly StaffSection[];
}
