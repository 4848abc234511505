// Records that something a device may see has changed, in the same transaction as the change itself.
import { PostgresAdapter, sql, type Kysely, type Transaction } from 'kysely';
import type { CollectionName } from '../../shared/protocol';
import type { Database } from '../db/schema';

export interface Change {
  councilId: string;
  collection: CollectionName;
  entityId: string;
  /** Only this device may see the change (its own items). */
  deviceId?: string | null;
}

export function isPostgres(db: Kysely<Database>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * On PostgreSQL, sequence numbers can commit out of order; a pull could then move past a seq that commits later
 * and miss it for ever. A transaction-scoped advisory lock per council makes change-log writes commit in seq order.
 * SQLite serialises writers already.
 */
export async function recordChanges(trx: Transaction<Database>, changes: readonly Change[]): Promise<void> {
  if (changes.length === 0) return;
  if (isPostgres(trx)) {
    const councils = [...new Set(changes.map((c) => c.councilId))].sort();
    for (const councilId of councils) {
      await sql`select pg_advisory_xact_lock(hashtext(${'change_log:' + councilId}))`.execute(trx);
    }
  }
  await trx
    .insertInto('change_log')
    .values(
      changes.map((c) => ({
        council_id: c.councilId,
        collection: c.collection,
        entity_id: c.entityId,
        device_id: c.deviceId ?? null,
      })),
    )
    .execute();
}
