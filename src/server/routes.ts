// The one route table: every HTTP route with its auth rule, gathered from the feature list (and the sync endpoints),
// and the OpenAPI document made from it.
import { SERVER_FEATURES, SERVER_PORTS } from './features/index';
import { openApiDocument } from './lib/openapi';
import { publicRoute, type RouteDef } from './lib/route';
import { syncRoutes } from './sync/routes';

let document: Record<string, unknown> | undefined;

const openApiRoute = publicRoute({
  method: 'GET',
  url: '/api/v1/openapi.json',
  handler: async ({ reply }) => {
    void reply.header('cache-control', 'no-cache');
    return (document ??= openApiDocument(routes));
  },
});

export const routes: readonly RouteDef[] = [...syncRoutes, ...SERVER_FEATURES.flatMap((f) => f.routes?.(SERVER_PORTS) ?? []), openApiRoute];
