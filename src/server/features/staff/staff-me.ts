// Who a signed-in staff member is, as the staff screens see it.
import type { Kysely, Transaction } from 'kysely';
import type { StaffMe } from '../../../shared/staff';
import { parseRoles } from '../../auth/staff-sessions';
import type { Database } from '../../db/schema';
import { unauthorized } from '../../lib/errors';
import { listDistricts } from '../../council/load';

export async function loadStaffMe(db: Kysely<Database> | Transaction<Database>, staffId: string): Promise<StaffMe> {
  const row = await db
    .selectFrom('staff')
    .innerJoin('councils', 'councils.id', 'staff.council_id')
    .select(['staff.id', 'staff.email', 'staff.name', 'staff.roles', 'councils.id as councilId', 'councils.name as councilName'])
    .where('staff.id', '=', staffId)
    .executeTakeFirst();
  if (!row) throw unauthorized();
  const districts = await listDistricts(db, row.councilId);
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    roles: parseRoles(row.roles),
    council: { id: row.councilId, name: row.councilName, districts },
  };
}
