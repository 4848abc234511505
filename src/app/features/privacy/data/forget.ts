// "Forget this phone": the server revokes the token first when it can, then everything Heard keeps on this phone is
// deleted. Offline (or when the server cannot be reached) the phone still forgets at once: the token is then gone from
// every place it was kept, so the server's copy (a hash) stays unused for ever and links nothing to anyone.
import { db } from '../../../storage/db';
import { getDevice } from '../../../storage/meta';

export type ForgetOutcome = 'revoked' | 'forgotten-offline';

/** Rejects when this phone could not delete what it keeps (it may still hold some or all of it). */
export async function forgetThisPhone(): Promise<ForgetOutcome> {
  const device = await getDevice();
  let outcome: ForgetOutcome = 'revoked';
  if (device) {
    const { ApiError, api } = await import('../../../api/client');
    try {
      await api.forgetDevice(device.token);
    } catch (e) {
      // 401: the server had already forgotten this token. Anything else: forget here anyway and say so.
      if (!(e instanceof ApiError && e.kind === 'unauthorized')) outcome = 'forgotten-offline';
    }
  }
  // A delete that fails (another tab holding the database open, storage broken) rejects: the caller says so.
  await db.delete();
  // Deleted: the phone has forgotten, even if the empty database cannot be opened again here (the next start opens it).
  await db.open().catch(() => undefined);
  return outcome;
}
