// A member changes their own password, knowing the current one. Every other session of theirs ends, the sign-in lock
// is cleared, and it is audited (never with a password).
import type { PasswordChange } from '../../../../shared/staff';
import { hashPassword, verifyPassword } from '../../../auth/passwords';
import { claimAttempt, clearThrottle, passwordChangeBrake, settleSuccess } from '../../../auth/sign-in-throttle';
import { destroyStaffSessions } from '../../../auth/staff-sessions';
import { loadStaffCredentials, setPasswordHash } from '../../../auth/staff-store';
import { audit } from '../../../lib/audit';
import { HttpError, notFound } from '../../../lib/errors';
import type { AppDeps, StaffAuth } from '../../../lib/route';

export async function changeOwnPassword(deps: AppDeps, staff: StaffAuth, body: PasswordChange): Promise<void> {
  const me = await loadStaffCredentials(deps.db, staff.staffId);
  if (!me) throw notFound('Your account');
  // The current password is guessed against a brake of its own (counted before it is checked, like sign-in), so a
  // session left open on a shared computer cannot be used to try passwords, and an attacker keeping the account
  // locked for new browsers does not stop its member changing their password.
  const attempt = await claimAttempt(deps.db, passwordChangeBrake(staff.staffId), deps.now());
  if (!(await verifyPassword(body.currentPassword, me.passwordHash))) {
    if (attempt.startedLockMs !== null) {
      await audit(
        deps.db,
        {
          councilId: staff.councilId,
          staffId: staff.staffId,
          action: 'staff.sign-in-locked',
          entity: 'staff',
          entityId: staff.staffId,
          detail: { minutes: attempt.startedLockMs / 60_000 },
        },
        deps.now(),
      );
    }
    throw new HttpError(400, 'wrong-password', 'That is not your current password.');
  }
  const hash = await hashPassword(body.newPassword);
  await deps.db.transaction().execute(async (trx) => {
    await settleSuccess(trx, attempt, deps.now());
    await setPasswordHash(trx, staff.staffId, hash);
    // Everywhere else this member is signed in (a lost phone, a shared computer) is signed out.
    await destroyStaffSessions(trx, staff.staffId, staff.sessionId);
    await clearThrottle(trx, me.email, staff.staffId);
    await audit(
      trx,
      { councilId: staff.councilId, staffId: staff.staffId, action: 'staff.password.change', entity: 'staff', entityId: staff.staffId },
      deps.now(),
    );
  });
}
