// The audit log of staff actions: who viewed or changed what, and why. Never the full words of a young person.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema';

export interface AuditEntry {
  councilId: string;
  staffId: string | null;
  /** e.g. "wall.post.approve", "staff.create", "council.settings.update" */
  action: string;
  entity: string;
  entityId?: string | null;
  detail?: Record<string, unknown>;
}

export async function audit(db: Kysely<Database> | Transaction<Database>, entry: AuditEntry, now: Date): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      council_id: entry.councilId,
      staff_id: entry.staffId,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId ?? null,
      detail: JSON.stringify(entry.detail ?? {}),
      at: now.toISOString(),
    })
    .execute();
}
