// The council domain on the server: phones joining with a join code, forgetting a phone, and the `council` pull
// collection. Device rows are the auth kit's (auth/device-tokens.ts), councils the council core's, join counters the
// rate-limit store's; this domain owns no table of its own.
import type { ServerFeature } from '../../ports/server-feature';
import { councilRoutes } from './routes';
import { councilPullSources } from './sync';

export const councilFeature: ServerFeature = {
  name: 'council',
  tables: [],
  routes: () => councilRoutes,
  pullSources: councilPullSources,
};
