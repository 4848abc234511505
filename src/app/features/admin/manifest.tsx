// The council's administration: staff accounts, the council's settings and districts, and the audit log.
import { lazy } from 'react';
import type { FeatureManifest } from '../types';

export const admin: FeatureManifest = {
  id: 'admin',
  namespaces: [],
  staff: [
    { path: '/staff/accounts', key: 'accounts', roles: ['admin'], screen: lazy(() => import('../staff/components/accounts-page').then((m) => ({ default: m.AccountsPage }))) },
    {
      path: '/staff/council',
      key: 'council',
      roles: ['admin'],
      screen: lazy(() => import('../staff/components/council-page').then((m) => ({ default: ({ onError, onCouncilChanged }) => <m.CouncilPage onError={onError} onSaved={onCouncilChanged} /> }))),
    },
    { path: '/staff/audit', key: 'audit', roles: ['admin'], screen: lazy(() => import('../staff/components/audit-page').then((m) => ({ default: m.AuditPage }))) },
  ],
};
