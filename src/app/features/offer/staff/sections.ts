// The local offer's staff section (participation and admin write drafts; only admins publish and retire) and the
// loader of its screens, for the offer's manifest. The roles are OFFER_EDIT_ROLES (src/shared/offer-staff.ts), written out
// here: importing that module would put zod in the young person's first load.
import type { StaffSection } from '../../../ui/feature-manifest';

export const offerStaffSections: readonly StaffSection[] = [{ path: '/staff/offer', key: 'offer', roles: ['participation', 'admin'], order: 83 }];

/** One chunk of staff screens for the domain, loaded by the staff area only. */
export const offerStaffScreens = () => import('./screens');
