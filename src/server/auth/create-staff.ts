// Adding a staff account: the one write both the admin screens and the command line use. Emails are unique across
// councils because sign-in asks only for the email.
import { newId } from '../../shared/ids';
import type { Role } from '../../shared/staff';
import { audit } from '../lib/audit';
import { conflict } from '../lib/errors';
import type { AppDeps } from '../lib/route';
import { hashPassword } from './passwords';
import { emailInUse, insertStaff } from './staff-store';

export const emailTaken = () => conflict('email-taken', 'There is already a staff account with that email address.');

/** Creates the account and its audit entry in one transaction; returns its id. staffId null: made from the command line. */
export async function createStaffAccount(
  deps: AppDeps,
  actor: { staffId: string | null; councilId: string },
  input: { email: string; name: string; roles: Role[]; password: string },
): Promise<{ id: string; email: string }> {
  const email = input.email.toLowerCase();
  if (await emailInUse(deps.db, email)) throw emailTaken();
  const passwordHash = await hashPassword(input.password);
  const id = newId();
  const now = deps.now();
  try {
    await deps.db.transaction().execute(async (trx) => {
      await insertStaff(trx, {
        id,
        councilId: actor.councilId,
        email,
        name: input.name,
        passwordHash,
        roles: input.roles,
        createdAt: now.toISOString(),
      });
      await audit(
        trx,
        {
          councilId: actor.councilId,
          staffId: actor.staffId,
          action: 'staff.create',
          entity: 'staff',
          entityId: id,
          detail: { email, roles: input.roles },
        },
        now,
      );
    });
  } catch (err) {
    // Two admins adding the same email at once: the unique index decides.
    if (await emailInUse(deps.db, email)) throw emailTaken();
    throw err;
  }
  return { id, email };
}
