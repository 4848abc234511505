// Language polls: young people choose the words the council uses ("Family Time"), suggest names and vote.
import { lazy } from 'react';
import { MODERATION_ROLES } from '../../../shared/roles';
import type { FeatureManifest } from '../../ui/feature-manifest';
import { PollsSymbol } from '../../ui/icons';

export const polls: FeatureManifest = {
  id: 'polls',
  // The polls' words live in the feed's locale files (the names page was part of the feed at first).
  namespaces: ['feed'],
  routes: [{ patterns: ['/feed/names'], page: lazy(() => import('./components/names-page')) }],
  nav: [{ href: '/feed/names', key: 'names', symbol: PollsSymbol, nav: 'tab', home: true }],
  // One chunk of staff screens per domain, loaded by the staff area only: the first screen carries just this data.
  staffScreens: () => import('./staff/screens'),
  staff: [
    {
      path: '/staff/polls',
      key: 'polls',
      roles: MODERATION_ROLES,
      order: 80,
    },
  ],
};
