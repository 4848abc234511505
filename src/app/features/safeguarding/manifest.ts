// The safeguarding queue (words that may be about harm, read by a person) and the council's own safety words.
import { MODERATION_ROLES } from '../../../shared/roles';
import type { FeatureManifest } from '../../ui/feature-manifest';

export const safeguarding: FeatureManifest = {
  id: 'safeguarding',
  namespaces: [],
  // One chunk of staff screens per domain, loaded by the staff area only: the first screen carries just this data.
  staffScreens: () => import('./staff/screens'),
  staff: [
    {
      path: '/staff/safeguarding',
      key: 'safeguarding',
      roles: MODERATION_ROLES,
      order: 20,
      waitingKind: 'safeguarding',
    },
    {
      path: '/staff/safety-words',
      key: 'safetyWords',
      roles: MODERATION_ROLES,
      order: 30,
    },
    {
      // The queue's response time and escalation list: admins set them, the queue's team works by them.
      path: '/staff/safeguarding-settings',
      key: 'safeguardingSettings',
      roles: ['admin'],
      order: 32,
    },
  ],
};
