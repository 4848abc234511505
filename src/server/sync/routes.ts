// The two sync endpoints a device uses: push its ops, pull what changed since its cursor.
import { pullQuerySchema, pushRequestSchema, type PullResponse, type PushResponse } from '../../shared/protocol';
import { deviceRoute, type RouteDef } from '../lib/route';
import { pullChanges } from './pull';
import { pushOps } from './push';
import { opHandlers, pullSources } from './registry';

export const syncRoutes: RouteDef[] = [
  deviceRoute({
    method: 'POST',
    url: '/api/v1/sync/push',
    body: pushRequestSchema,
    handler: async ({ body, deps, device }): Promise<PushResponse> => ({
      results: await pushOps(deps, device, body.ops, opHandlers),
    }),
  }),
  deviceRoute({
    method: 'GET',
    url: '/api/v1/sync/pull',
    query: pullQuerySchema,
    handler: ({ query, deps, device }): Promise<PullResponse> => pullChanges(deps.db, device, query.since, pullSources),
  }),
];
