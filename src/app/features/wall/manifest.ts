// The graffiti wall: "Yes more / No more" prompts young people post on; staff moderate posts and set the prompts.
import { lazy } from 'react';
import { MODERATION_ROLES } from '../../../shared/roles';
import type { FeatureManifest } from '../../ui/feature-manifest';
import { WallSymbol } from '../../ui/icons';

export const wall: FeatureManifest = {
  id: 'wall',
  namespaces: ['wall'],
  routes: [{ patterns: ['/wall', '/wall/:promptId'], page: lazy(() => import('./components/wall-page')) }],
  nav: [{ href: '/wall', key: 'wall', symbol: WallSymbol, nav: 'tab', home: true }],
  // One chunk of staff screens per domain, loaded by the staff area only: the first screen carries just this data.
  staffScreens: () => import('./staff/screens'),
  staff: [
    {
      path: '/staff/moderation',
      key: 'moderation',
      roles: MODERATION_ROLES,
      order: 10,
    },
    {
      path: '/staff/prompts',
      key: 'prompts',
      roles: MODERATION_ROLES,
      order: 40,
    },
  ],
};
