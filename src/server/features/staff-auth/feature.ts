// The staff-auth domain: signing in and out, who is signed in, changing one's own password. Sessions, passwords, the
// sign-in brake, known browsers and staff rows are the auth kit's (src/server/auth), which every staff route also
// uses to know who is asking; this domain owns no table of its own.
import type { ServerFeature } from '../../ports/server-feature';
import { staffAuthRoutes } from './routes';

export const staffAuthFeature: ServerFeature = {
  name: 'staff-auth',
  tables: [],
  routes: () => staffAuthRoutes,
};
