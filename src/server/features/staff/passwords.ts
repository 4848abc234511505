// Staff passwords: a member changes their own (knowing the current one), an admin resets a member's in their own
// council. Either way every other session of that member ends, the sign-in lock is cleared, and it is audited
// (never with a password).
import { randomBytes } from 'node:crypto';
import type { PasswordChange, PasswordReset, PasswordResetResult } from '../../../shared/staff';
import { hashPassword, verifyPassword } from '../../auth/passwords';
import { claimAttempt, clearThrottle, passwordChangeBrake, settleSuccess } from '../../auth/sign-in-throttle';
import { audit } from '../../lib/audit';
import { conflict, HttpError, notFound } from '../../lib/errors';
import type { AppDeps, StaffAuth } from '../../lib/route';

/** A generated password: 24 random characters (144 bits), easy to paste, shown once. */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}

export async function changeOwnPassword(deps: AppDeps, staff: StaffAuth, body: PasswordChange): Promise<void> {
  const me = await deps.db.selectFrom('staff').select(['email', 'password_hash']).where('id', '=', staff.staffId).executeTakeFirst();
  if (!me) throw notFound('Your account');
  // The current password is guessed against a brake of its own (counted before it is checked, like sign-in), so a
  // session left open on a shared computer cannot be used to try passwords, and an attacker keeping the account
  // locked for new browsers does not stop its member changing their password.
  const attempt = await claimAttempt(deps.db, passwordChangeBrake(staff.staffId), deps.now());
  if (!(await verifyPassword(body.currentPassword, me.password_hash))) {
    if (attempt.startedLockMs !== null) {
      await audit(deps.db, { councilId: staff.councilId, staffId: staff.staffId, action: 'staff.sign-in-locked', entity: 'staff', entityId: staff.staffId, detail: { minutes: attempt.startedLockMs / 60_000 } }, deps.now());
    }
    throw new HttpError(400, 'wrong-password', 'That is not your current password.');
  }
  const hash = await hashPassword(body.newPassword);
  await deps.db.transaction().execute(async (trx) => {
    await settleSuccess(trx, attempt, deps.now());
    await trx.updateTable('staff').set({ password_hash: hash }).where('id', '=', staff.staffId).execute();
    // Everywhere else this member is signed in (a lost phone, a shared computer) is signed out.
    await trx.deleteFrom('sessions').where('staff_id', '=', staff.staffId).where('id', '!=', staff.sessionId).execute();
    await clearThrottle(trx, me.email, staff.staffId);
    await audit(trx, { councilId: staff.councilId, staffId: staff.staffId, action: 'staff.password.change', entity: 'staff', entityId: staff.staffId }, deps.now());
  });
}

export async function resetPassword(deps: AppDeps, admin: StaffAuth, memberId: string, body: PasswordReset): Promise<PasswordResetResult> {
  if (memberId === admin.staffId) {
    throw conflict('own-password', 'Change your own password with your current one (My password), not as a reset.');
  }
  const member = await deps.db
    .selectFrom('staff')
    .select(['id', 'email'])
    .where('id', '=', memberId)
    .where('council_id', '=', admin.councilId)
    .executeTakeFirst();
  if (!member) throw notFound('That account');
  const password = body.password ?? generatePassword();
  const hash = await hashPassword(password);
  await deps.db.transaction().execute(async (trx) => {
    await trx.updateTable('staff').set({ password_hash: hash }).where('id', '=', member.id).execute();
    await trx.deleteFrom('sessions').where('staff_id', '=', member.id).execute();
    await clearThrottle(trx, member.email, member.id);
    await audit(
      trx,
      { councilId: admin.councilId, staffId: admin.staffId, action: 'staff.password.reset', entity: 'staff', entityId: member.id, detail: { generated: body.password === undefined } },
      deps.now(),
    );
  });
  return body.password === undefined ? { password } : {};
}
