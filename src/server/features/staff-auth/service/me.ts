// Who a signed-in staff member is, as the staff screens see it.
import type { StaffMe } from '../../../../shared/staff';
import { loadStaff } from '../../../auth/staff-store';
import { loadCouncilRecord, type Db } from '../../../council/load';
import { unauthorized } from '../../../lib/errors';

export async function loadStaffMe(db: Db, staffId: string): Promise<StaffMe> {
  const staff = await loadStaff(db, staffId);
  const council = staff && (await loadCouncilRecord(db, staff.councilId));
  if (!staff || !council) throw unauthorized();
  return {
    id: staff.id,
    email: staff.email,
    name: staff.name,
    roles: staff.roles,
    council: { id: council.id, name: council.name, districts: council.districts },
  };
}
