// Staff names for records that show who did something (safeguarding actions, safety words).
import type { Kysely, Transaction } from 'kysely';
import type { Role } from '../../shared/staff';
import type { Database } from '../db/schema';
import { parseRoles } from './roles';

type Db = Kysely<Database> | Transaction<Database>;

export async function staffNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('staff')
    .select(['id', 'name'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The council's first enabled staff member (by email) with `role`, or undefined: who a demo record is made by. */
export async function firstStaffWithRole(db: Db, councilId: string, role: Role): Promise<string | undefined> {
  const rows = await db
    .selectFrom('staff')
    .select(['id', 'roles'])
    .where('council_id', '=', councilId)
    .where('disabled', '=', 0)
    .orderBy('email')
    .execute();
  return rows.find((r) => parseRoles(r.roles).includes(role))?.id;
}
