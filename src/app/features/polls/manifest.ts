// Language polls: young people choose the words the council uses ("Family Time"), suggest names and vote.
import { lazy } from 'react';
import { MODERATION_ROLES } from '../../../shared/roles';
import type { FeatureManifest } from '../../ui/feature-manifest';

export const polls: FeatureManifest = {
  id: 'polls',
  // The polls' words live in the feed's locale files (the names page was part of the feed at first).
  namespaces: ['feed'],
  routes: [{ patterns: ['/feed/names'], page: lazy(() => import('./components/names-page')) }],
  nav: [{ href: '/feed/names', key: 'names', home: true }],
  staff: [
    {
      path: '/staff/polls',
      key: 'polls',
      roles: MODERATION_ROLES,
      order: 80,
      screen: lazy(() => import('./staff/polls-page').then((m) => ({ default: m.PollsPage }))),
    },
  ],
};
