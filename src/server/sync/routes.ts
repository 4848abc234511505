// The two sync endpoints a device uses: push its ops, pull what changed since its cursor.
import { z } from 'zod';
import { PROTOCOL_VERSION, pullQuerySchema, pushRequestSchema, type PullResponse, type PushResponse } from '../../shared/protocol';
import { HttpError } from '../lib/errors';
import { describeIssue } from '../lib/register-routes';
import { deviceRoute, type RouteDef } from '../lib/route';
import { pullChanges } from './pull';
import { pushOps } from './push';
import { opHandlers, pullSources } from './registry';

export const syncRoutes: RouteDef[] = [
  deviceRoute({
    method: 'POST',
    url: '/api/v1/sync/push',
    checksBodyItself: true,
    // Checked in two steps so an out-of-date app gets its own code (it should update, not retry).
    body: z.object({ protocol: z.unknown().optional() }).loose(),
    handler: async ({ body, deps, device }): Promise<PushResponse> => {
      if (body.protocol !== PROTOCOL_VERSION) {
        throw new HttpError(400, 'protocol-mismatch', 'This version of the app is out of date. Reload it to update.');
      }
      const request = pushRequestSchema.safeParse(body);
      if (!request.success) throw new HttpError(400, 'invalid-input', describeIssue('body', request.error));
      return { results: await pushOps(deps, device, request.data.ops, opHandlers) };
    },
  }),
  deviceRoute({
    method: 'GET',
    url: '/api/v1/sync/pull',
    query: pullQuerySchema,
    handler: ({ query, deps, device }): Promise<PullResponse> => pullChanges(deps.db, device, query.since, pullSources, undefined, deps.now()),
  }),
];
