// The one route table: every HTTP route with its auth rule, gathered from the feature list (and the sync endpoints).
import { SERVER_FEATURES, SERVER_PORTS } from './features/index';
import type { RouteDef } from './lib/route';
import { syncRoutes } from './sync/routes';

export const routes: readonly RouteDef[] = [...syncRoutes, ...SERVER_FEATURES.flatMap((f) => f.routes?.(SERVER_PORTS) ?? [])];
