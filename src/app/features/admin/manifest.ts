// The council's administration: staff accounts, the council's settings and districts, and the audit log.
import { lazy } from 'react';
import type { FeatureManifest } from '../../ui/feature-manifest';

export const admin: FeatureManifest = {
  id: 'admin',
  namespaces: [],
  staff: [
    {
      path: '/staff/accounts',
      key: 'accounts',
      roles: ['admin'],
      order: 90,
      screen: lazy(() => import('./staff/accounts-page').then((m) => ({ default: m.AccountsPage }))),
    },
    {
      path: '/staff/council',
      key: 'council',
      roles: ['admin'],
      order: 100,
      screen: lazy(() => import('./staff/council-page').then((m) => ({ default: m.CouncilPage }))),
    },
    {
      path: '/staff/audit',
      key: 'audit',
      roles: ['admin'],
      order: 110,
      screen: lazy(() => import('./staff/audit-page').then((m) => ({ default: m.AuditPage }))),
    },
  ],
};
