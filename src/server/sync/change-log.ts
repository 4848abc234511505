// Records that something a device may see has changed, in the same transaction as the change itself.
//
// Each change gets the next number of its own council (council_seq), and a device's pull cursor counts those numbers
// only: how far it moves says nothing about what happens in other councils.
import { PostgresAdapter, sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { CollectionName } from '../../shared/protocol';
import { insertRows } from '../db/insert-rows';
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
 * The change that tells a phone its own post or name idea moved on. The phone keys its own items by the op that
 * made them (rows made before migration 005 used that op id as their own id), never by the row's id.
 */
export function myItemChange(councilId: string, row: { id: string; op_id: string | null; device_id: string | null }): Change[] {
  if (!row.device_id) return [];
  return [{ councilId, collection: 'myItems', entityId: row.op_id ?? row.id, deviceId: row.device_id }];
}

/**
 * Takes `count` numbers from the council's counter and returns the last one. The counter row stays locked until the
 * transaction ends (PostgreSQL's row lock; SQLite has one writer), so a council's numbers commit in order and a pull
 * can never move past a number that commits later — with any number of server processes on one database.
 */
async function takeNumbers(trx: Transaction<Database>, councilId: string, count: number): Promise<bigint> {
  const row = await trx
    .insertInto('council_seq')
    .values({ council_id: councilId, seq: count })
    .onConflict((oc) => oc.column('council_id').doUpdateSet({ seq: sql<number>`council_seq.seq + ${count}` }))
    .returning('seq')
    .executeTakeFirstOrThrow();
  return BigInt(row.seq);
}

/** Transactions whose changes are gathered and written once, at the end (the quick push path: see quick-push.ts). */
const gathered = new WeakMap<object, Change[]>();

/**
 * From now on, `recordChanges(trx, …)` on this very transaction object only gathers its changes; `writeGathered`
 * writes them all at once (one counter update and one insert per council) and stops gathering.
 */
export function gatherChanges(trx: object): void {
  gathered.set(trx, []);
}

export async function writeGathered(trx: Transaction<Database>): Promise<void> {
  await recordChanges(trx, takeGathered(trx));
}

/** The changes gathered on this transaction, and gathering stops: for a caller that writes them itself. */
export function takeGathered(trx: object): Change[] {
  const changes = gathered.get(trx) ?? [];
  gathered.delete(trx);
  return changes;
}

/**
 * On PostgreSQL, the statements that number and log `changes` as parts of a larger statement (CTEs named
 * `${prefix}_seq_N` and `${prefix}_log_N`, one pair per council, councils in a fixed order as in recordChanges): each
 * council's counter is moved on by its count, and the log rows take the numbers below the new value, in order.
 */
export function changeLogCtes(changes: readonly Change[], prefix: string): RawBuilder<unknown>[] {
  const councils = [...new Set(changes.map((c) => c.councilId))].sort();
  return councils.flatMap((councilId, n) => {
    const mine = changes.filter((c) => c.councilId === councilId);
    const seq = sql.id(`${prefix}_seq_${n}`);
    const log = sql.id(`${prefix}_log_${n}`);
    const count = mine.length;
    const rows = sql.join(mine.map((c, i) => sql`(${c.collection}::text, ${c.entityId}::text, ${c.deviceId ?? null}::text, ${i + 1}::bigint)`));
    return [
      sql`${seq} as (insert into council_seq (council_id, seq) values (${councilId}, ${count}::bigint)
        on conflict (council_id) do update set seq = council_seq.seq + excluded.seq returning seq)`,
      sql`${log} as (insert into change_log (council_id, collection, entity_id, device_id, council_seq)
        select ${councilId}, v.collection, v.entity_id, v.device_id, s.seq - ${count}::bigint + v.i
        from ${seq} s cross join (values ${rows}) as v (collection, entity_id, device_id, i) order by v.i returning 1)`,
    ];
  });
}

export async function recordChanges(trx: Transaction<Database>, changes: readonly Change[]): Promise<void> {
  if (changes.length === 0) return;
  const gathering = gathered.get(trx);
  if (gathering) {
    gathering.push(...changes);
    return;
  }
  // Councils in a fixed order, so two transactions touching the same two councils cannot deadlock.
  const councils = [...new Set(changes.map((c) => c.councilId))].sort();
  for (const councilId of councils) {
    const mine = changes.filter((c) => c.councilId === councilId);
    const last = await takeNumbers(trx, councilId, mine.length);
    const first = last - BigInt(mine.length) + 1n;
    await insertRows(
      trx,
      'change_log',
      mine.map((c, i) => ({
        council_id: c.councilId,
        collection: c.collection,
        entity_id: c.entityId,
        device_id: c.deviceId ?? null,
        council_seq: (first + BigInt(i)).toString(),
      })),
    );
  }
}
