// A phone joins a council with its join code and gets a token (shown once, stored hashed), or leaves it for good.
import { newId } from '../../../../shared/ids';
import type { RegisterDeviceResponse } from '../../../../shared/protocol';
import { newDeviceToken, registerDevice, revokeDevice } from '../../../auth/device-tokens';
import { councilIdForJoinCode } from '../../../council/join-codes';
import { loadCouncilPublic } from '../../../council/load';
import { HttpError } from '../../../lib/errors';
import type { AppDeps } from '../../../lib/route';
import { recordChanges } from '../../../sync/change-log';
import { countJoin, countWrongCode, refuseIfGuessing } from './join-limits';

/** `address` is the client's address, which the join limits count by. */
export async function joinCouncil(deps: AppDeps, joinCode: string, address: string): Promise<RegisterDeviceResponse> {
  await refuseIfGuessing(deps, address);
  const councilId = await councilIdForJoinCode(deps.db, joinCode);
  if (councilId === undefined) {
    await countWrongCode(deps, address);
    throw new HttpError(404, 'unknown-join-code', 'We could not find that code. Check it with the person who gave it to you, and try again.');
  }
  await countJoin(deps, address, councilId);
  const token = newDeviceToken();
  const deviceId = newId();
  await deps.db.transaction().execute(async (trx) => {
    await registerDevice(trx, { id: deviceId, councilId, token, now: deps.now() });
    // The device's first pull carries its council and moves the cursor past it, for this device only.
    await recordChanges(trx, [{ councilId, collection: 'council', entityId: councilId, deviceId }]);
  });
  const council = await loadCouncilPublic(deps.db, councilId);
  if (!council) throw new HttpError(404, 'unknown-join-code', 'That council is no longer on Heard.');
  return { deviceId, token, council };
}

/**
 * "Forget this phone": the token stops working at once, for good. What the phone sent stays as it is; only the
 * phone's key to it is gone.
 */
export async function forgetDevice(deps: AppDeps, deviceId: string): Promise<{ forgotten: true }> {
  await revokeDevice(deps.db, deviceId, deps.now());
  return { forgotten: true };
}
