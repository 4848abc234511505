// Staff accounts of one council, managed by its admins. Every read and write is scoped to the acting admin's council.
import type { Kysely, Transaction } from 'kysely';
import { newId } from '../../../../shared/ids';
import type { Role, StaffAccount } from '../../../../shared/staff';
import { hashPassword } from '../../../auth/passwords';
import { emailInUse, insertStaff, listCouncilStaff, loadStaff, type StaffRecord } from '../../../auth/staff-store';
import type { Database } from '../../../db/schema';
import { audit } from '../../../lib/audit';
import { lastSignIns } from '../../../lib/audit-log';
import { conflict, notFound } from '../../../lib/errors';
import type { AppDeps, StaffAuth } from '../../../lib/route';

type Db = Kysely<Database> | Transaction<Database>;

function toAccount(record: StaffRecord, lastSignInAt: string | undefined): StaffAccount {
  return {
    id: record.id,
    email: record.email,
    name: record.name,
    roles: record.roles,
    disabled: record.disabled,
    createdAt: record.createdAt,
    ...(lastSignInAt ? { lastSignInAt } : {}),
  };
}

export async function listAccounts(db: Db, councilId: string): Promise<StaffAccount[]> {
  const [records, signIns] = await Promise.all([listCouncilStaff(db, councilId), lastSignIns(db, councilId)]);
  return records.map((r) => toAccount(r, signIns.get(r.id)));
}

export async function loadAccount(db: Db, councilId: string, id: string): Promise<StaffAccount> {
  const record = await loadStaff(db, id, councilId);
  if (!record) throw notFound('That staff account');
  return toAccount(record, (await lastSignIns(db, councilId, id)).get(id));
}

const emailTaken = () => conflict('email-taken', 'There is already a staff account with that email address.');

/** Adds a staff account. Emails are unique across councils because sign-in asks only for the email. */
export async function createAccount(
  deps: AppDeps,
  actor: Pick<StaffAuth, 'staffId' | 'councilId'> | { staffId: null; councilId: string },
  input: { email: string; name: string; roles: Role[]; password: string },
): Promise<StaffAccount> {
  const email = input.email.toLowerCase();
  if (await emailInUse(deps.db, email)) throw emailTaken();
  const passwordHash = await hashPassword(input.password);
  const id = newId();
  const now = deps.now();
  try {
    await deps.db.transaction().execute(async (trx) => {
      await insertStaff(trx, { id, councilId: actor.councilId, email, name: input.name, passwordHash, roles: input.roles, createdAt: now.toISOString() });
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
  return loadAccount(deps.db, actor.councilId, id);
}
