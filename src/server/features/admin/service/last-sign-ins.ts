// When each member last signed in, from the audit log, which keeps it after the session itself is gone.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../db/schema';

export type Db = Kysely<Database> | Transaction<Database>;

/** Staff id → the time of their last sign-in, for the council (or for one member when `staffId` is given). */
export async function lastSignIns(db: Db, councilId: string, staffId?: string): Promise<Map<string, string>> {
  let query = db
    .selectFrom('audit_log')
    .select(['audit_log.staff_id', (eb) => eb.fn.max('audit_log.at').as('last_sign_in_at')])
    .where('audit_log.council_id', '=', councilId)
    .where('audit_log.action', '=', 'staff.sign-in');
  if (staffId !== undefined) query = query.where('audit_log.staff_id', '=', staffId);
  const rows = await query.groupBy('audit_log.staff_id').execute();
  return new Map(rows.flatMap((r) => (r.staff_id && r.last_sign_in_at ? [[r.staff_id, r.last_sign_in_at] as const] : [])));
}
