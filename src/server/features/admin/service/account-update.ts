// Changing a staff account's name, roles or whether it is turned off. An admin cannot lock themselves out, and a
// council always keeps at least one active admin.
import { sql } from 'kysely';
import type { Role, StaffAccount } from '../../../../shared/staff';
import { destroyStaffSessions } from '../../../auth/staff-sessions';
import { hasOtherActiveAdmin, loadStaff, updateStaff } from '../../../auth/staff-store';
import { audit } from '../../../lib/audit';
import { conflict, notFound } from '../../../lib/errors';
import type { AppDeps, StaffAuth } from '../../../lib/route';
import { isPostgres } from '../../../sync/change-log';
import { loadAccount } from './accounts';

export interface AccountUpdate {
  name?: string | undefined;
  roles?: Role[] | undefined;
  disabled?: boolean | undefined;
  reason?: string | undefined;
}

const isActiveAdmin = (roles: readonly Role[], disabled: boolean) => !disabled && roles.includes('admin');

/** Changing roles or disabling ends the account's sessions, so the change applies at once. */
export async function updateAccount(deps: AppDeps, actor: StaffAuth, id: string, update: AccountUpdate): Promise<StaffAccount> {
  const now = deps.now();
  const self = id === actor.staffId;
  await deps.db.transaction().execute(async (trx) => {
    // On PostgreSQL, two admins demoting each other at once must not both pass the "another admin remains" check.
    if (isPostgres(deps.db)) {
      await sql`select pg_advisory_xact_lock(hashtext(${'staff-admins:' + actor.councilId}))`.execute(trx);
    }
    const before = await loadStaff(trx, id, actor.councilId);
    if (!before) throw notFound('That staff account');
    const roles = update.roles ?? before.roles;
    const disabled = update.disabled ?? before.disabled;

    if (self && update.disabled === true) {
      throw conflict('own-account', 'You cannot turn off your own account. Ask another admin to do it.');
    }
    if (self && !roles.includes('admin')) {
      throw conflict('own-admin', 'You cannot remove your own admin role. Ask another admin to do it.');
    }
    if (isActiveAdmin(before.roles, before.disabled) && !isActiveAdmin(roles, disabled)) {
      if (!(await hasOtherActiveAdmin(trx, actor.councilId, id))) {
        throw conflict('last-admin', 'This is the last admin of the council. Make someone else an admin first.');
      }
    }

    const changes: Record<string, unknown> = {};
    if (update.name !== undefined && update.name !== before.name) changes.name = { from: before.name, to: update.name };
    const rolesChanged = roles.length !== before.roles.length || roles.some((r) => !before.roles.includes(r));
    if (rolesChanged) changes.roles = { from: before.roles, to: roles };
    if (disabled !== before.disabled) changes.disabled = disabled;
    if (Object.keys(changes).length === 0) return;

    await updateStaff(trx, actor.councilId, id, { name: update.name, roles, disabled });
    // The admin changing their own roles keeps the session they are using; any other session ends.
    if (rolesChanged || disabled) await destroyStaffSessions(trx, id, self ? actor.sessionId : undefined);
    await audit(
      trx,
      {
        councilId: actor.councilId,
        staffId: actor.staffId,
        action: disabled !== before.disabled ? (disabled ? 'staff.disable' : 'staff.enable') : 'staff.update',
        entity: 'staff',
        entityId: id,
        detail: { ...changes, ...(update.reason ? { reason: update.reason } : {}) },
      },
      now,
    );
  });
  return loadAccount(deps.db, actor.councilId, id);
}
