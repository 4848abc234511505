// Checking an email and password. Every failure looks and takes the same: an unknown email is checked against a
// dummy hash so the answer time does not reveal who has an account.
import type { StaffMe } from '../../../shared/staff';
import { dummyHash, hashPassword, needsRehash, verifyPassword } from '../../auth/passwords';
import { clearThrottle, recordFailure, refuseIfLocked, sweepThrottle } from '../../auth/sign-in-throttle';
import { createSession, purgeEndedSessions } from '../../auth/staff-sessions';
import { audit } from '../../lib/audit';
import { HttpError } from '../../lib/errors';
import type { AppDeps } from '../../lib/route';
import { loadStaffMe } from './staff-me';

export const wrongSignIn = () =>
  new HttpError(401, 'wrong-sign-in', 'That email and password do not match an account that can sign in. Try again.');

export async function signIn(
  deps: AppDeps,
  email: string,
  password: string,
): Promise<{ me: StaffMe; token: string }> {
  const { db } = deps;
  // A locked sign-in name is refused before its password is even checked (a correct one too).
  await refuseIfLocked(db, email, deps.now());
  const staff = await db
    .selectFrom('staff')
    .select(['id', 'council_id', 'password_hash', 'disabled'])
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
  const matches = await verifyPassword(password, staff?.password_hash ?? (await dummyHash()));
  if (!staff || !matches || Number(staff.disabled) !== 0) {
    const lockedForMs = matches ? null : await recordFailure(db, email, deps.now());
    if (staff) {
      await audit(
        db,
        { councilId: staff.council_id, staffId: null, action: 'staff.sign-in-failed', entity: 'staff', entityId: staff.id },
        deps.now(),
      );
      if (lockedForMs !== null) {
        await audit(
          db,
          { councilId: staff.council_id, staffId: null, action: 'staff.sign-in-locked', entity: 'staff', entityId: staff.id, detail: { minutes: lockedForMs / 60_000 } },
          deps.now(),
        );
      }
    }
    throw wrongSignIn();
  }
  const now = deps.now();
  // Hashing happens outside the transaction: it takes a noticeable moment and must not hold a write lock.
  const rehash = needsRehash(staff.password_hash) ? await hashPassword(password) : null;
  const token = await db.transaction().execute(async (trx) => {
    await purgeEndedSessions(trx, now, deps.config);
    await clearThrottle(trx, email);
    await sweepThrottle(trx, now);
    if (rehash) await trx.updateTable('staff').set({ password_hash: rehash }).where('id', '=', staff.id).execute();
    const value = await createSession({ db: trx, now: deps.now }, { id: staff.id, councilId: staff.council_id });
    await audit(
      trx,
      { councilId: staff.council_id, staffId: staff.id, action: 'staff.sign-in', entity: 'staff', entityId: staff.id },
      now,
    );
    return value;
  });
  return { me: await loadStaffMe(db, staff.id), token };
}
