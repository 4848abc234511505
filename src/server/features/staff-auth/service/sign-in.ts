// Checking an email and password. Every failure looks the same and takes the same time: an unknown email is checked
// against a dummy hash, and a wrong password against an old, cheaper hash is made up to today's cost.
//
// The try is counted against a brake before the password is checked (see sign-in-throttle.ts), so guesses sent all
// at once are braked like guesses sent one by one. A browser this member has signed in from before counts against
// its own brake, not the account-wide one an attacker can keep locked (see known-devices.ts).
import type { StaffMe } from '../../../../shared/staff';
import { hashPassword, needsRehash, verifyPasswordEvenly } from '../../../auth/passwords';
import { knownDeviceHash, rememberDevice } from '../../../auth/known-devices';
import { accountBrake, claimAttempt, deviceBrake, settleSuccess, sweepThrottle } from '../../../auth/sign-in-throttle';
import { createSession, purgeEndedSessions } from '../../../auth/staff-sessions';
import { findStaffCredentials, setPasswordHash } from '../../../auth/staff-store';
import { audit } from '../../../lib/audit';
import { HttpError } from '../../../lib/errors';
import type { AppDeps } from '../../../lib/route';
import { loadStaffMe } from './me';

export const wrongSignIn = () => new HttpError(401, 'wrong-sign-in', 'That email and password do not match an account that can sign in. Try again.');

export async function signIn(
  deps: AppDeps,
  email: string,
  password: string,
  /** The browser's `__Host-heard-device` cookie, when well formed. */
  deviceCookie: string | null = null,
): Promise<{ me: StaffMe; token: string; device: string }> {
  const { db } = deps;
  const staff = await findStaffCredentials(db, email);
  // Looked up whether or not the account exists, so the answer time does not depend on it.
  const known = await knownDeviceHash(db, staff?.id ?? '', deviceCookie, deps.now());
  const brake = staff && known ? deviceBrake(staff.id, known) : accountBrake(email);
  // Refused here, before the password is checked (a correct one too), while this brake is locked.
  const attempt = await claimAttempt(db, brake, deps.now());
  const matches = await verifyPasswordEvenly(password, staff?.passwordHash ?? null);
  if (!staff || !matches || staff.disabled) {
    if (staff) {
      await audit(db, { councilId: staff.councilId, staffId: null, action: 'staff.sign-in-failed', entity: 'staff', entityId: staff.id }, deps.now());
      if (attempt.startedLockMs !== null) {
        const detail = { minutes: attempt.startedLockMs / 60_000, ...(known ? { knownDevice: true } : {}) };
        await audit(
          db,
          { councilId: staff.councilId, staffId: null, action: 'staff.sign-in-locked', entity: 'staff', entityId: staff.id, detail },
          deps.now(),
        );
      }
    }
    throw wrongSignIn();
  }
  const now = deps.now();
  // Hashing happens outside the transaction: it takes a noticeable moment and must not hold a write lock.
  const rehash = needsRehash(staff.passwordHash) ? await hashPassword(password) : null;
  const { token, device } = await db.transaction().execute(async (trx) => {
    // First, so a lock another try started while this password was checked still holds.
    await settleSuccess(trx, attempt, now);
    await purgeEndedSessions(trx, now, deps.config);
    await sweepThrottle(trx, now);
    if (rehash) await setPasswordHash(trx, staff.id, rehash);
    const value = await createSession({ db: trx, now: deps.now }, { id: staff.id, councilId: staff.councilId });
    const deviceValue = await rememberDevice(trx, staff.id, deviceCookie, now);
    await audit(trx, { councilId: staff.councilId, staffId: staff.id, action: 'staff.sign-in', entity: 'staff', entityId: staff.id }, now);
    return { token: value, device: deviceValue };
  });
  return { me: await loadStaffMe(db, staff.id), token, device };
}
