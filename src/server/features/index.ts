// THE list of server domains. Routes, op handlers, pull sources, the ports between domains and the demo seed are all
// built from it (routes.ts, sync/registry.ts, db/seed.ts): a new domain is a folder and one line here.
import { adminFeature } from './admin/feature';
import { alertsFeature } from './alerts/feature';
import { councilFeature } from './council/feature';
import { feedFeature } from './feed/feature';
import { pollsFeature } from './polls/feature';
import { offerFeature } from './offer/feature';
import { collectPorts } from './ports';
import { requestsFeature } from './requests/feature';
import { safeguardingFeature } from './safeguarding/feature';
import { staffAuthFeature } from './staff-auth/feature';
import { surveysFeature } from './surveys/feature';
import type { ServerFeature } from '../ports/server-feature';
import { wallFeature } from './wall/feature';

/** In the order their demo content is seeded: the feed quotes the wall's posts, the polls publish an answer. */
export const SERVER_FEATURES: readonly ServerFeature[] = [
  councilFeature,
  staffAuthFeature,
  adminFeature,
  wallFeature,
  feedFeature,
  pollsFeature,
  surveysFeature,
  safeguardingFeature,
  offerFeature,
  requestsFeature,
  alertsFeature,
];

export const SERVER_PORTS = collectPorts(SERVER_FEATURES);
