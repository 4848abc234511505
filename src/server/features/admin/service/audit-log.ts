// The council's audit log, newest first, paged by id so new entries arriving do not shift the pages.
import type { AuditPage } from '../../../../shared/staff';
import { staffContacts } from '../../../auth/staff-store';
import { readAuditEntries } from '../../../lib/audit-log';
import type { AppDeps } from '../../../lib/route';

export async function listAudit(db: AppDeps['db'], councilId: string, page: { before?: number | undefined; limit: number }): Promise<AuditPage> {
  // One extra row tells whether an older page exists.
  const rows = await readAuditEntries(db, councilId, { before: page.before, limit: page.limit + 1 });
  const shown = rows.slice(0, page.limit);
  // A staff member must belong to the same council; an id from elsewhere shows as no one.
  const staff = await staffContacts(db, councilId, [...new Set(shown.flatMap((r) => (r.staffId ? [r.staffId] : [])))]);
  const entries = shown.map(({ staffId, ...entry }) => {
    const who = staffId ? staff.get(staffId) : undefined;
    return { ...entry, staff: who ? { id: who.id, name: who.name, email: who.email } : null };
  });
  const last = entries.at(-1);
  return { entries, nextBefore: rows.length > page.limit && last ? last.id : null };
}
