// Staff accounts of one council, managed by its admins. Every read and write is scoped to the acting admin's council.
import type { Kysely, Transaction } from 'kysely';
import type { Role, StaffAccount } from '../../../../shared/staff';
import { createStaffAccount } from '../../../auth/create-staff';
import { listCouncilStaff, loadStaff, type StaffRecord } from '../../../auth/staff-store';
import type { Database } from '../../../db/schema';
import { lastSignIns } from '../../../lib/audit-log';
import { notFound } from '../../../lib/errors';
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

/** Adds a staff account. Emails are unique across councils because sign-in asks only for the email. */
export async function createAccount(
  deps: AppDeps,
  actor: Pick<StaffAuth, 'staffId' | 'councilId'>,
  input: { email: string; name: string; roles: Role[]; password: string },
): Promise<StaffAccount> {
  const { id } = await createStaffAccount(deps, actor, input);
  return loadAccount(deps.db, actor.councilId, id);
}
