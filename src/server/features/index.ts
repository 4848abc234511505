// THE list of server domains. Routes, op handlers, pull sources, the ports between domains and the demo seed are all
// built from it (routes.ts, sync/registry.ts, db/seed.ts): a new domain is a folder and one line here.
import { councilRoutes } from './council/routes';
import { councilPullSources } from './council/sync';
import { feedFeature } from './feed/feature';
import { pollsFeature } from './polls/feature';
import { collectPorts } from './ports';
import { safeguardingFeature } from './safeguarding/feature';
import { staffAuthRoutes } from './staff/routes';
import type { ServerFeature } from './types';
import { wallFeature } from './wall/feature';

/** Joining a council and forgetting a phone; a device's council comes with every first pull. */
const councilFeature: ServerFeature = {
  name: 'council',
  // Still names the kits' tables (councils, devices, rate_limits) directly: see boundaries.test.ts.
  tables: [],
  routes: () => councilRoutes,
  pullSources: councilPullSources,
};

/** Staff sign-in, sessions, accounts, council settings and the audit log. */
const staffFeature: ServerFeature = {
  name: 'staff',
  // Still names the kits' tables (staff, sessions, councils, districts, audit_log) directly: see boundaries.test.ts.
  tables: [],
  routes: () => staffAuthRoutes,
};

/** In the order their demo content is seeded: the feed quotes the wall's posts, the polls publish an answer. */
export const SERVER_FEATURES: readonly ServerFeature[] = [councilFeature, staffFeature, wallFeature, feedFeature, pollsFeature, safeguardingFeature];

export const SERVER_PORTS = collectPorts(SERVER_FEATURES);
