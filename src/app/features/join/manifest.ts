// Joining a council with its code: the screen a phone sees until it has joined (and at /join/<code> links), and for
// staff, "help a young person join" with the join link and its QR code.
import { lazy } from 'react';
import { ROLES } from '../../../shared/roles';
import type { FeatureManifest } from '../../ui/feature-manifest';

export const join: FeatureManifest = {
  id: 'join',
  namespaces: ['join'],
  join: lazy(() => import('./components/join-page')),
  // Every staff role can help a young person join (the join link and its QR code).
  staffScreens: () => import('./staff/screens'),
  staff: [{ path: '/staff/join', key: 'joinHelp', roles: ROLES, order: 5 }],
};
