// The local offer's staff side (the editor, publishing with the statutory checks, history). The young person's
// screens join it in one manifest.
import type { FeatureManifest } from '../../ui/feature-manifest';
import { offerStaffScreens, offerStaffSections } from './staff/sections';

export const offerStaff: FeatureManifest = {
  id: 'offer',
  // The staff screens' words (offer-staff) load when a staff screen first asks for them.
  namespaces: [],
  staffScreens: offerStaffScreens,
  staff: offerStaffSections,
};
