// "Ask for help": (staff) the triage queue of young people's requests and complaints, each case with its statutory
// stages, and the annual complaints report.
import type { FeatureManifest } from '../../ui/feature-manifest';
import { staffScreens, staffSections } from './staff/sections';

export const requests: FeatureManifest = {
  id: 'requests',
  // The staff screens' words (requests-staff) load when a staff screen first asks for them.
  namespaces: [],
  staffScreens,
  staff: staffSections,
};
