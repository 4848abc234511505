// Staff accounts of one council, managed by its admins. Every query is scoped to the acting admin's council.
import { sql, type Transaction } from 'kysely';
import { newId } from '../../../shared/ids';
import type { Role, StaffAccount } from '../../../shared/staff';
import { hashPassword } from '../../auth/passwords';
import { parseRoles } from '../../auth/staff-sessions';
import type { Database } from '../../db/schema';
import { audit } from '../../lib/audit';
import { conflict, notFound } from '../../lib/errors';
import type { AppDeps, StaffAuth } from '../../lib/route';
import { isPostgres } from '../../sync/change-log';

type Db = AppDeps['db'] | Transaction<Database>;

const accountColumns = ['staff.id', 'staff.email', 'staff.name', 'staff.roles', 'staff.disabled', 'staff.created_at'] as const;

interface AccountRow {
  id: string;
  email: string;
  name: string;
  roles: string;
  disabled: number;
  created_at: string;
  last_sign_in_at?: string | null;
}

function toAccount(row: AccountRow): StaffAccount {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    roles: parseRoles(row.roles),
    disabled: Number(row.disabled) !== 0,
    createdAt: row.created_at,
    ...(row.last_sign_in_at ? { lastSignInAt: row.last_sign_in_at } : {}),
  };
}

/** The last sign-in comes from the audit log, which keeps it after the session itself is gone. */
function lastSignIns(db: Db, councilId: string) {
  return db
    .selectFrom('audit_log')
    .select(['audit_log.staff_id', (eb) => eb.fn.max('audit_log.at').as('last_sign_in_at')])
    .where('audit_log.council_id', '=', councilId)
    .where('audit_log.action', '=', 'staff.sign-in')
    .groupBy('audit_log.staff_id')
    .as('last');
}

export async function listAccounts(db: Db, councilId: string): Promise<StaffAccount[]> {
  const rows = await db
    .selectFrom('staff')
    .leftJoin(lastSignIns(db, councilId), 'last.staff_id', 'staff.id')
    .select([...accountColumns, 'last.last_sign_in_at'])
    .where('staff.council_id', '=', councilId)
    .orderBy('staff.name')
    .orderBy('staff.email')
    .execute();
  return rows.map(toAccount);
}

async function loadAccount(db: Db, councilId: string, id: string): Promise<StaffAccount> {
  const row = await db
    .selectFrom('staff')
    .leftJoin(lastSignIns(db, councilId), 'last.staff_id', 'staff.id')
    .select([...accountColumns, 'last.last_sign_in_at'])
    .where('staff.council_id', '=', councilId)
    .where('staff.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('That staff account');
  return toAccount(row);
}

const emailTaken = () => conflict('email-taken', 'There is already a staff account with that email address.');

export async function emailInUse(db: Db, email: string): Promise<boolean> {
  const row = await db.selectFrom('staff').select('id').where('email', '=', email.toLowerCase()).executeTakeFirst();
  return row !== undefined;
}

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
      await trx
        .insertInto('staff')
        .values({
          id,
          council_id: actor.councilId,
          email,
          name: input.name,
          password_hash: passwordHash,
          roles: JSON.stringify(input.roles),
          disabled: 0,
          created_at: now.toISOString(),
        })
        .execute();
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

export interface AccountUpdate {
  name?: string | undefined;
  roles?: Role[] | undefined;
  disabled?: boolean | undefined;
  reason?: string | undefined;
}

const isActiveAdmin = (roles: readonly Role[], disabled: boolean) => !disabled && roles.includes('admin');

/**
 * Changes a name, roles or the disabled flag. An admin cannot lock themselves out, and a council always keeps at
 * least one active admin. Changing roles or disabling ends the account's sessions, so the change applies at once.
 */
export async function updateAccount(
  deps: AppDeps,
  actor: StaffAuth,
  id: string,
  update: AccountUpdate,
): Promise<StaffAccount> {
  const now = deps.now();
  const self = id === actor.staffId;
  await deps.db.transaction().execute(async (trx) => {
    // On PostgreSQL, two admins demoting each other at once must not both pass the "another admin remains" check.
    if (isPostgres(deps.db)) {
      await sql`select pg_advisory_xact_lock(hashtext(${'staff-admins:' + actor.councilId}))`.execute(trx);
    }
    const before = await trx
      .selectFrom('staff')
      .select(['id', 'name', 'roles', 'disabled'])
      .where('council_id', '=', actor.councilId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!before) throw notFound('That staff account');
    const oldRoles = parseRoles(before.roles);
    const oldDisabled = Number(before.disabled) !== 0;
    const roles = update.roles ?? oldRoles;
    const disabled = update.disabled ?? oldDisabled;

    if (self && update.disabled === true) {
      throw conflict('own-account', 'You cannot turn off your own account. Ask another admin to do it.');
    }
    if (self && !roles.includes('admin')) {
      throw conflict('own-admin', 'You cannot remove your own admin role. Ask another admin to do it.');
    }
    if (isActiveAdmin(oldRoles, oldDisabled) && !isActiveAdmin(roles, disabled)) {
      const others = await trx
        .selectFrom('staff')
        .select(['id', 'roles'])
        .where('council_id', '=', actor.councilId)
        .where('disabled', '=', 0)
        .where('id', '<>', id)
        .execute();
      if (!others.some((o) => parseRoles(o.roles).includes('admin'))) {
        throw conflict('last-admin', 'This is the last admin of the council. Make someone else an admin first.');
      }
    }

    const changes: Record<string, unknown> = {};
    if (update.name !== undefined && update.name !== before.name) changes.name = { from: before.name, to: update.name };
    const rolesChanged = roles.length !== oldRoles.length || roles.some((r) => !oldRoles.includes(r));
    if (rolesChanged) changes.roles = { from: oldRoles, to: roles };
    if (disabled !== oldDisabled) changes.disabled = disabled;
    if (Object.keys(changes).length === 0) return;

    await trx
      .updateTable('staff')
      .set({
        ...(update.name !== undefined ? { name: update.name } : {}),
        roles: JSON.stringify(roles),
        disabled: disabled ? 1 : 0,
      })
      .where('council_id', '=', actor.councilId)
      .where('id', '=', id)
      .execute();
    if (rolesChanged || disabled) {
      // The admin changing their own roles keeps the session they are using; any other session ends.
      let ending = trx.deleteFrom('sessions').where('staff_id', '=', id);
      if (self) ending = ending.where('id', '<>', actor.sessionId);
      await ending.execute();
    }
    await audit(
      trx,
      {
        councilId: actor.councilId,
        staffId: actor.staffId,
        action: disabled !== oldDisabled ? (disabled ? 'staff.disable' : 'staff.enable') : 'staff.update',
        entity: 'staff',
        entityId: id,
        detail: { ...changes, ...(update.reason ? { reason: update.reason } : {}) },
      },
      now,
    );
  });
  return loadAccount(deps.db, actor.councilId, id);
}
