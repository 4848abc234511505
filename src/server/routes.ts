// The one route table: every HTTP route with its auth rule, gathered from the features.
import { councilRoutes } from './features/council/routes';
import { feedRoutes } from './features/feed/routes';
import { safeguardingRoutes } from './features/safeguarding/routes';
import { safetyTermRoutes } from './features/safety-terms/routes';
import { staffAuthRoutes } from './features/staff/routes';
import { syncRoutes } from './sync/routes';
import { wallRoutes } from './features/wall/routes';
import type { RouteDef } from './lib/route';

export const routes: readonly RouteDef[] = [
  ...councilRoutes,
  ...syncRoutes,
  ...staffAuthRoutes,
  ...wallRoutes,
  ...feedRoutes,
  ...safeguardingRoutes,
  ...safetyTermRoutes,
];
