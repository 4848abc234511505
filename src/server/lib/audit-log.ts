// Reading the audit log back (audit.ts writes it): a council's entries page by page, and each member's last sign-in,
// which the log keeps after the session itself is gone. The detail column is read through a schema.
import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/schema';
import { readJsonColumn } from './json-column';

type Db = Kysely<Database> | Transaction<Database>;

/** The detail column: an object (anything else, or text that is not JSON, reads as no detail). */
const storedDetailSchema = z.record(z.string(), z.unknown());

export function parseAuditDetail(json: string): Record<string, unknown> {
  return readJsonColumn(json, storedDetailSchema, {});
}

export interface AuditRow {
  id: number;
  at: string;
  action: string;
  entity: string;
  entityId: string | null;
  detail: Record<string, unknown>;
  staffId: string | null;
}

/** The council's entries older than `before` (all when undefined), newest first, at most `limit`. */
export async function readAuditEntries(db: Db, councilId: string, page: { before?: number | undefined; limit: number }): Promise<AuditRow[]> {
  let query = db
    .selectFrom('audit_log')
    .select(['id', 'at', 'action', 'entity', 'entity_id', 'detail', 'staff_id'])
    .where('council_id', '=', councilId);
  if (page.before !== undefined) query = query.where('id', '<', page.before);
  const rows = await query.orderBy('id', 'desc').limit(page.limit).execute();
  return rows.map((r) => ({
    // PostgreSQL returns bigint ids as strings.
    id: Number(r.id),
    at: r.at,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    detail: parseAuditDetail(r.detail),
    staffId: r.staff_id,
  }));
}

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
