// Joining a council with its code: the screen a phone sees until it has joined (and at /join/<code> links), and for
// staff, "help a young person join" with the join link and its QR code.
import { ROLES } from '../../../shared/roles';
import type { FeatureManifest } from '../../ui/feature-manifest';
import { preloadable } from '../../ui/preloadable';
import { joinFromLink, takeJoinedFromLink } from './data/join';

export const join: FeatureManifest = {
  id: 'join',
  namespaces: ['join'],
  // Loaded before the first draw on a first visit (main.tsx), so the join request leaves as the screen appears.
  join: preloadable(() => import('./components/join-page')),
  // A join link's request leaves as the app starts (main.tsx), beside the screen's chunk; the screen takes its answer.
  joinFromLink: { start: joinFromLink, takeJoined: takeJoinedFromLink },
  // Every staff role can help a young person join (the join link and its QR code).
  staffScreens: () => import('./staff/screens'),
  staff: [{ path: '/staff/join', key: 'joinHelp', roles: ROLES, order: 5 }],
};
