// "You said, we did": what the council did about what young people said, each young person's own journeys, and
// (staff) themes, feed items and the district log.
import { lazy } from 'react';
import { MODERATION_ROLES } from '../../../shared/roles';
import type { FeatureManifest } from '../../ui/feature-manifest';
import { FeedSymbol, ListSymbol } from '../../ui/icons';

export const feed: FeatureManifest = {
  id: 'feed',
  namespaces: ['feed'],
  routes: [{ patterns: ['/feed', '/feed/mine', '/feed/:itemId'], page: lazy(() => import('./components/feed-page')) }],
  nav: [
    { href: '/feed', key: 'feed', symbol: FeedSymbol, nav: 'tab', home: true, newsBadge: 'nav' },
    { href: '/feed/mine', key: 'mine', symbol: ListSymbol, nav: 'more', home: true, newsBadge: 'home' },
  ],
  // One chunk of staff screens per domain, loaded by the staff area only: the first screen carries just this data.
  staffScreens: () => import('./staff/screens'),
  staff: [
    {
      path: '/staff/themes',
      key: 'themes',
      roles: MODERATION_ROLES,
      order: 50,
    },
    {
      path: '/staff/feed',
      key: 'feed',
      roles: MODERATION_ROLES,
      order: 60,
    },
    // Independent Reviewing Officers may read the district log too (the server allows them).
    {
      path: '/staff/log',
      key: 'log',
      roles: [...MODERATION_ROLES, 'iro'],
      order: 70,
    },
  ],
};
