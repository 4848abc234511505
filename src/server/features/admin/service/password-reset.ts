// An admin resets the password of a member of their own council: every session of that member ends, the sign-in
// lock is cleared, and it is audited (never with a password).
import { randomBytes } from 'node:crypto';
import type { PasswordReset, PasswordResetResult } from '../../../../shared/staff';
import { hashPassword } from '../../../auth/passwords';
import { clearThrottle } from '../../../auth/sign-in-throttle';
import { destroyStaffSessions } from '../../../auth/staff-sessions';
import { loadStaff, setPasswordHash } from '../../../auth/staff-store';
import { audit } from '../../../lib/audit';
import { conflict, notFound } from '../../../lib/errors';
import type { AppDeps, StaffAuth } from '../../../lib/route';

/** A generated password: 24 random characters (144 bits), easy to paste, shown once. */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}

export async function resetPassword(deps: AppDeps, admin: StaffAuth, memberId: string, body: PasswordReset): Promise<PasswordResetResult> {
  if (memberId === admin.staffId) {
    throw conflict('own-password', 'Change your own password with your current one (My password), not as a reset.');
  }
  const member = await loadStaff(deps.db, memberId, admin.councilId);
  if (!member) throw notFound('That account');
  const password = body.password ?? generatePassword();
  const hash = await hashPassword(password);
  await deps.db.transaction().execute(async (trx) => {
    await setPasswordHash(trx, member.id, hash);
    await destroyStaffSessions(trx, member.id);
    await clearThrottle(trx, member.email, member.id);
    await audit(
      trx,
      {
        councilId: admin.councilId,
        staffId: admin.staffId,
        action: 'staff.password.reset',
        entity: 'staff',
        entityId: member.id,
        detail: { generated: body.password === undefined },
      },
      deps.now(),
    );
  });
  return body.password === undefined ? { password } : {};
}
