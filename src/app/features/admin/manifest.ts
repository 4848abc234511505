// The council's administration: staff accounts, the council's settings and districts, alert email, and the audit log.
import type { FeatureManifest } from '../../ui/feature-manifest';

export const admin: FeatureManifest = {
  id: 'admin',
  namespaces: [],
  // One chunk of staff screens per domain, loaded by the staff area only: the first screen carries just this data.
  staffScreens: () => import('./staff/screens'),
  staff: [
    {
      path: '/staff/accounts',
      key: 'accounts',
      roles: ['admin'],
      order: 90,
    },
    {
      path: '/staff/council',
      key: 'council',
      roles: ['admin'],
      order: 100,
    },
    {
      // Alert email: the council's mail server and the inboxes that hear when something waits.
      path: '/staff/alerts',
      key: 'alerts',
      roles: ['admin'],
      order: 105,
    },
    {
      path: '/staff/audit',
      key: 'audit',
      roles: ['admin'],
      order: 110,
    },
  ],
};
