// The safeguarding queue (words that may be about harm, read by a person) and the council's own safety words.
import { lazy } from 'react';
import { MODERATION_ROLES } from '../../../shared/roles';
import type { FeatureManifest } from '../../ui/feature-manifest';

export const safeguarding: FeatureManifest = {
  id: 'safeguarding',
  namespaces: [],
  staff: [
    {
      path: '/staff/safeguarding',
      key: 'safeguarding',
      roles: MODERATION_ROLES,
      order: 20,
      screen: lazy(() => import('./staff/safeguarding-page').then((m) => ({ default: m.SafeguardingPage }))),
    },
    {
      path: '/staff/safety-words',
      key: 'safetyWords',
      roles: MODERATION_ROLES,
      order: 30,
      screen: lazy(() => import('./staff/safety-words-page').then((m) => ({ default: m.SafetyWordsPage }))),
    },
  ],
};
