// The council's audit log, newest first, paged by id so new entries arriving do not shift the pages.
import { z } from 'zod';
import type { AuditPage } from '../../../../shared/staff';
import { staffContacts } from '../../../auth/staff-store';
import { readJsonColumn } from '../../../lib/json-column';
import type { AppDeps } from '../../../lib/route';

/** The detail column: an object (anything else, or text that is not JSON, reads as no detail). */
const storedDetailSchema = z.record(z.string(), z.unknown());

export function parseDetail(json: string): Record<string, unknown> {
  return readJsonColumn(json, storedDetailSchema, {});
}

export async function listAudit(
  db: AppDeps['db'],
  councilId: string,
  page: { before?: number | undefined; limit: number },
): Promise<AuditPage> {
  let query = db
    .selectFrom('audit_log')
    .select(['id', 'at', 'action', 'entity', 'entity_id', 'detail', 'staff_id'])
    .where('council_id', '=', councilId);
  if (page.before !== undefined) query = query.where('id', '<', page.before);
  // One extra row tells whether an older page exists.
  const rows = await query.orderBy('id', 'desc').limit(page.limit + 1).execute();
  const shown = rows.slice(0, page.limit);
  // A staff member must belong to the same council; an id from elsewhere shows as no one.
  const staff = await staffContacts(db, councilId, [...new Set(shown.flatMap((r) => (r.staff_id ? [r.staff_id] : [])))]);
  const entries = shown.map((r) => {
    const who = r.staff_id ? staff.get(r.staff_id) : undefined;
    return {
      // PostgreSQL returns bigint ids as strings.
      id: Number(r.id),
      at: r.at,
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      detail: parseDetail(r.detail),
      staff: who ? { id: who.id, name: who.name, email: who.email } : null,
    };
  });
  const last = entries.at(-1);
  return { entries, nextBefore: rows.length > page.limit && last ? last.id : null };
}
