// Signing out ends the session the request came with, and is audited.
import { destroySession } from '../../../auth/staff-sessions';
import { audit } from '../../../lib/audit';
import type { AppDeps, StaffAuth } from '../../../lib/route';

export async function signOut(deps: AppDeps, staff: StaffAuth): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    await destroySession(trx, staff.sessionId);
    await audit(
      trx,
      { councilId: staff.councilId, staffId: staff.staffId, action: 'staff.sign-out', entity: 'staff', entityId: staff.staffId },
      deps.now(),
    );
  });
}
