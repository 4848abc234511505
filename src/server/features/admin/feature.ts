// The admin domain: a council's staff accounts, its settings, districts and join code, and its audit log.
// It owns no table: staff rows are read and written through the auth kit (auth/staff-store.ts), councils and
// districts through the council core, and the audit log through lib/audit-log.ts.
import type { ServerFeature } from '../../ports/server-feature';
import { adminRoutes } from './routes';

export const adminFeature: ServerFeature = {
  name: 'admin',
  tables: [],
  routes: () => adminRoutes,
};
