// Language polls: young people choose the words the council uses ("Family Time"), suggest names and vote.
import { lazy } from 'react';
import { MODERATION_ROLES } from '../../../shared/staff';
import type { FeatureManifest } from '../types';

export const polls: FeatureManifest = {
  id: 'polls',
  namespaces: ['feed'],
  routes: [{ patterns: ['/feed/names'], page: lazy(() => import('../feed/components/feed-page')) }],
  nav: [{ href: '/feed/names', key: 'names', home: true }],
  staff: [{ path: '/staff/polls', key: 'polls', roles: MODERATION_ROLES, order: 80, screen: lazy(() => import('./staff/polls-page').then((m) => ({ default: m.PollsPage }))) }],
};
