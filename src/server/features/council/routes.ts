// POST /api/v1/devices: a device joins a council with its join code and gets a token (shown once, stored hashed).
import { newId } from '../../../shared/ids';
import { registerDeviceRequestSchema, type RegisterDeviceResponse } from '../../../shared/protocol';
import { dayOf, hashDeviceToken, newDeviceToken } from '../../auth/device-tokens';
import { HttpError } from '../../lib/errors';
import { deviceRoute, publicRoute, type RouteDef } from '../../lib/route';
import { recordChanges } from '../../sync/change-log';
import { countJoin, countWrongCode, JOIN_LIMITS, refuseIfGuessing } from './join-limits';
import { loadCouncilPublic } from '../../council/load';

export const councilRoutes: RouteDef[] = [
  publicRoute({
    method: 'POST',
    url: '/api/v1/devices',
    body: registerDeviceRequestSchema,
    // A whole group joins at once from one school or care home address; the limits that stop guessing and floods
    // are in join-limits.ts.
    rateLimitPerMinute: JOIN_LIMITS.perAddressPerMinute,
    status: 201,
    handler: async ({ body, deps, request }): Promise<RegisterDeviceResponse> => {
      await refuseIfGuessing(deps, request.ip);
      const council = await deps.db
        .selectFrom('councils')
        .select('id')
        .where('join_code', '=', body.joinCode)
        .executeTakeFirst();
      if (!council) {
        await countWrongCode(deps, request.ip);
        throw new HttpError(
          404,
          'unknown-join-code',
          'We could not find that code. Check it with the person who gave it to you, and try again.',
        );
      }
      await countJoin(deps, request.ip, council.id);
      const token = newDeviceToken();
      const deviceId = newId();
      const now = deps.now();
      await deps.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('devices')
          .values({
            id: deviceId,
            council_id: council.id,
            token_hash: hashDeviceToken(token),
            created_at: now.toISOString(),
            last_seen_on: dayOf(now),
          })
          .execute();
        // The device's first pull carries its council and moves the cursor past it, for this device only.
        await recordChanges(trx, [{ councilId: council.id, collection: 'council', entityId: council.id, deviceId }]);
      });
      const publicCouncil = await loadCouncilPublic(deps.db, council.id);
      if (!publicCouncil) throw new HttpError(404, 'unknown-join-code', 'That council is no longer on Heard.');
      return { deviceId, token, council: publicCouncil };
    },
  }),

  /**
   * "Forget this phone": the token stops working at once, for good (its stored hash is replaced by one no token can
   * have). What the phone sent stays as it is; only the phone's key to it is gone.
   */
  deviceRoute({
    method: 'DELETE',
    url: '/api/v1/devices/me',
    handler: async ({ device, deps }) => {
      await deps.db
        .updateTable('devices')
        .set({ token_hash: `revoked:${newId()}`, revoked_at: deps.now().toISOString() })
        .where('id', '=', device.deviceId)
        .execute();
      return { forgotten: true };
    },
  }),
];
