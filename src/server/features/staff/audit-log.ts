// The council's audit log, newest first, paged by id so new entries arriving do not shift the pages.
import type { AuditPage } from '../../../shared/staff';
import type { AppDeps } from '../../lib/route';

function parseDetail(json: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(json);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export async function listAudit(
  db: AppDeps['db'],
  councilId: string,
  page: { before?: number | undefined; limit: number },
): Promise<AuditPage> {
  let query = db
    .selectFrom('audit_log')
    .leftJoin('staff', (join) =>
      // The staff member must belong to the same council; an id from elsewhere shows as no one.
      join.onRef('staff.id', '=', 'audit_log.staff_id').onRef('staff.council_id', '=', 'audit_log.council_id'),
    )
    .select([
      'audit_log.id',
      'audit_log.at',
      'audit_log.action',
      'audit_log.entity',
      'audit_log.entity_id',
      'audit_log.detail',
      'staff.id as staffId',
      'staff.name as staffName',
      'staff.email as staffEmail',
    ])
    .where('audit_log.council_id', '=', councilId);
  if (page.before !== undefined) query = query.where('audit_log.id', '<', page.before);
  // One extra row tells whether an older page exists.
  const rows = await query.orderBy('audit_log.id', 'desc').limit(page.limit + 1).execute();
  const entries = rows.slice(0, page.limit).map((r) => ({
    // PostgreSQL returns bigint ids as strings.
    id: Number(r.id),
    at: r.at,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    detail: parseDetail(r.detail),
    staff: r.staffId ? { id: r.staffId, name: r.staffName ?? '', email: r.staffEmail ?? '' } : null,
  }));
  const last = entries.at(-1);
  return { entries, nextBefore: rows.length > page.limit && last ? last.id : null };
}
