// A phone joins a council (POST /api/v1/devices) and can be forgotten (DELETE /api/v1/devices/me).
import { registerDeviceRequestSchema } from '../../../shared/protocol';
import { deviceRoute, publicRoute, type RouteDef } from '../../lib/route';
import { forgetDevice, joinCouncil } from './service/join';
import { JOIN_LIMITS } from './service/join-limits';

export const councilRoutes: RouteDef[] = [
  publicRoute({
    method: 'POST',
    url: '/api/v1/devices',
    body: registerDeviceRequestSchema,
    // A whole group joins at once from one school or care home address; the limits that stop guessing and floods
    // are in service/join-limits.ts.
    rateLimitPerMinute: JOIN_LIMITS.perAddressPerMinute,
    status: 201,
    handler: ({ body, deps, request }) => joinCouncil(deps, body.joinCode, request.ip),
  }),
  deviceRoute({
    method: 'DELETE',
    url: '/api/v1/devices/me',
    handler: ({ device, deps }) => forgetDevice(deps, device.deviceId),
  }),
];
