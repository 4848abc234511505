// The local offer's staff section (participation and admin write drafts; only admins publish and retire) and the
// loader of its screens, for the offer's manifest.
import { OFFER_EDIT_ROLES } from '../../../../shared/offer-staff';
import type { StaffSection } from '../../../ui/feature-manifest';

export const offerStaffSections: readonly StaffSection[] = [{ path: '/staff/offer', key: 'offer', roles: OFFER_EDIT_ROLES, order: 83 }];

/** One chunk of staff screens for the domain, loaded by the staff area only. */
export const offerStaffScreens = () => import('./screens');
