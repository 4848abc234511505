// The "Ask for help" staff sections (the triage queue with each case, the complaints report) and the loader of their
// screens, for the requests manifest.
import type { StaffSection } from '../../../ui/feature-manifest';

export const staffSections: readonly StaffSection[] = [
  { path: '/staff/requests', key: 'requests', roles: ['complaints', 'admin'], order: 15, waitingKind: 'requests' },
  { path: '/staff/complaints-report', key: 'requestsReport', roles: ['complaints', 'admin'], order: 16 },
];

/** One chunk of staff screens for the domain, loaded by the staff area only. */
export const staffScreens = () => import('./screens');
