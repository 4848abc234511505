// The staff table: accounts, their roles and password hashes. Features ask here; they never query staff themselves.
// Roles are read through one schema (roles.ts).
import type { Kysely, Transaction } from 'kysely';
import type { Role } from '../../shared/staff';
import type { Database } from '../db/schema';
import { parseRoles, serializeRoles } from './roles';

type Db = Kysely<Database> | Transaction<Database>;

export interface StaffRecord {
  id: string;
  councilId: string;
  email: string;
  name: string;
  roles: Role[];
  disabled: boolean;
  createdAt: string;
}

const recordColumns = ['id', 'council_id', 'email', 'name', 'roles', 'disabled', 'created_at'] as const;

function toRecord(row: {
  id: string;
  council_id: string;
  email: string;
  name: string;
  roles: string;
  disabled: number;
  created_at: string;
}): StaffRecord {
  return {
    id: row.id,
    councilId: row.council_id,
    email: row.email,
    name: row.name,
    roles: parseRoles(row.roles),
    disabled: Number(row.disabled) !== 0,
    createdAt: row.created_at,
  };
}

/** The council's accounts by name, then email. */
export async function listCouncilStaff(db: Db, councilId: string): Promise<StaffRecord[]> {
  const rows = await db.selectFrom('staff').select(recordColumns).where('council_id', '=', councilId).orderBy('name').orderBy('email').execute();
  return rows.map(toRecord);
}

/** One account: of this council only when councilId is given (an id from another council is never found). */
export async function loadStaff(db: Db, id: string, councilId?: string): Promise<StaffRecord | undefined> {
  let query = db.selectFrom('staff').select(recordColumns).where('id', '=', id);
  if (councilId !== undefined) query = query.where('council_id', '=', councilId);
  const row = await query.executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

/** What sign-in needs to check a password: looked up by the lowercased email. */
export async function findStaffCredentials(db: Db, email: string) {
  const row = await db
    .selectFrom('staff')
    .select(['id', 'council_id', 'email', 'password_hash', 'disabled'])
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
  return row && { id: row.id, councilId: row.council_id, email: row.email, passwordHash: row.password_hash, disabled: Number(row.disabled) !== 0 };
}

/** Password hashes of one member, by id (changing one's own password). */
export async function loadStaffCredentials(db: Db, id: string) {
  const row = await db.selectFrom('staff').select(['email', 'password_hash']).where('id', '=', id).executeTakeFirst();
  return row && { email: row.email, passwordHash: row.password_hash };
}

export async function emailInUse(db: Db, email: string): Promise<boolean> {
  const row = await db.selectFrom('staff').select('id').where('email', '=', email.toLowerCase()).executeTakeFirst();
  return row !== undefined;
}

export async function insertStaff(
  db: Db,
  account: { id: string; councilId: string; email: string; name: string; passwordHash: string; roles: readonly Role[]; createdAt: string },
): Promise<void> {
  await db
    .insertInto('staff')
    .values({
      id: account.id,
      council_id: account.councilId,
      email: account.email,
      name: account.name,
      password_hash: account.passwordHash,
      roles: serializeRoles(account.roles),
      disabled: 0,
      created_at: account.createdAt,
    })
    .execute();
}

/** Changes a member of the council: the name when given, and roles and disabled as given. */
export async function updateStaff(
  db: Db,
  councilId: string,
  id: string,
  change: { name?: string | undefined; roles: readonly Role[]; disabled: boolean },
): Promise<void> {
  await db
    .updateTable('staff')
    .set({ ...(change.name !== undefined ? { name: change.name } : {}), roles: serializeRoles(change.roles), disabled: change.disabled ? 1 : 0 })
    .where('council_id', '=', councilId)
    .where('id', '=', id)
    .execute();
}

export async function setPasswordHash(db: Db, id: string, passwordHash: string): Promise<void> {
  await db.updateTable('staff').set({ password_hash: passwordHash }).where('id', '=', id).execute();
}

/** True when the council has an active admin other than `exceptId`. */
export async function hasOtherActiveAdmin(db: Db, councilId: string, exceptId: string): Promise<boolean> {
  const others = await db
    .selectFrom('staff')
    .select(['id', 'roles'])
    .where('council_id', '=', councilId)
    .where('disabled', '=', 0)
    .where('id', '<>', exceptId)
    .execute();
  return others.some((o) => parseRoles(o.roles).includes('admin'));
}

/** Names and emails of the council's members among `ids` (an id from another council is left out). */
export async function staffContacts(db: Db, councilId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, { id: string; name: string; email: string }>();
  const rows = await db
    .selectFrom('staff')
    .select(['id', 'name', 'email'])
    .where('council_id', '=', councilId)
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, r]));
}
