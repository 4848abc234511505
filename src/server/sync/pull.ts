// What changed for a device after its cursor: the council's change log (plus this device's own changes), numbered
// per council (see change-log.ts), grouped per collection, each id loaded fresh from its feature's pull source. Ids a
// source does not return are gone for this device and go out as tombstones.
import { sql, type Kysely } from 'kysely';
import type { CollectionName, PullChanges, PullResponse } from '../../shared/protocol';
import { batchedReads } from '../db/batched-reads';
import type { Database } from '../db/schema';
import type { DeviceAuth } from '../lib/route';
import type { PullSources } from './types';

export const PULL_PAGE_SIZE = 500;

/** change_log.council_seq comes back as a number from SQLite and as a string (int8) from PostgreSQL. */
export function seqToCursor(seq: number | string | bigint): string {
  return typeof seq === 'string' ? seq : BigInt(seq).toString();
}

const INT8_MAX = 2n ** 63n - 1n;

interface LogRow {
  /** The council's last change number (0 before its first change). */
  top: number | string;
  council_seq: number | string | null;
  collection: string | null;
  entity_id: string | null;
}

/**
 * The council's last change number, with the device's page of the change log after `since` (the council's changes and
 * this device's own), in one statement: a row with no change (nulls) when there is none.
 */
async function readLog(db: Kysely<Database>, device: DeviceAuth, since: string, pageSize: number): Promise<LogRow[]> {
  // Compared as a number in SQL: a text parameter against an integer column would compare as text on SQLite. A cursor
  // past the largest int8 (19 digits may be) is past every change: it is sent as that largest number.
  const after = BigInt(since) > INT8_MAX ? INT8_MAX.toString() : since;
  const { rows } = await sql<LogRow>`select t.seq as top, c.council_seq, c.collection, c.entity_id
    from (select coalesce(max(seq), 0) as seq from council_seq where council_id = ${device.councilId}) as t
    left join change_log as c on c.council_id = ${device.councilId} and c.council_seq > cast(${after} as bigint)
      and (c.device_id is null or c.device_id = ${device.deviceId})
    order by c.council_seq
    limit ${pageSize}`.execute(db);
  return rows;
}

export async function pullChanges(
  db: Kysely<Database>,
  device: DeviceAuth,
  cursor: string,
  sources: PullSources,
  pageSize = PULL_PAGE_SIZE,
  now: Date = new Date(),
): Promise<PullResponse> {
  // A cursor counts the device's own council's changes. One past the council's last number is not from this council
  // (or predates per-council numbering): start again from 0, which is safe because applying a pull is idempotent.
  // The log after such a cursor is empty (read in the same statement as the last number), so it is read again.
  let since = cursor;
  let log = await readLog(db, device, since, pageSize);
  if (BigInt(cursor) > BigInt(log[0]!.top)) log = await readLog(db, device, (since = '0'), pageSize);
  const rows = log.filter((r): r is LogRow & { council_seq: number | string; collection: string; entity_id: string } => r.council_seq !== null);

  const ids = new Map<CollectionName, Set<string>>();
  const want = (collection: CollectionName, id: string) => {
    let set = ids.get(collection);
    if (!set) ids.set(collection, (set = new Set()));
    set.add(id);
  };
  // A device's first pull always carries its council, even where no change was ever logged for it.
  if (since === '0') want('council', device.councilId);
  for (const row of rows) {
    if (Object.hasOwn(sources, row.collection)) want(row.collection as CollectionName, row.entity_id);
  }

  // Every collection's rows are loaded at once: on PostgreSQL the reads the sources start together are one statement
  // (db/batched-reads.ts), read after the log, so each row is at least as new as the cursor sent.
  const reads = batchedReads(db);
  const scope = { councilId: device.councilId, deviceId: device.deviceId, now };
  const loaded = await Promise.all(
    [...ids].map(async ([collection, set]) => {
      const source = sources[collection];
      if (!source) return null;
      const wanted = [...set];
      const found = await source(reads, scope, wanted);
      const seen = new Set(found.map((r) => r.id));
      const gone = wanted.filter((id) => !seen.has(id)).map((id) => ({ id, deleted: true as const }));
      return [collection, [...found, ...gone]] as [CollectionName, unknown[]];
    }),
  );
  const changes: Record<string, unknown[]> = {};
  for (const entry of loaded) if (entry) changes[entry[0]] = entry[1];

  const last = rows.at(-1);
  return {
    cursor: last?.council_seq != null ? seqToCursor(last.council_seq) : since,
    changes: changes as PullChanges,
    more: rows.length === pageSize,
  };
}
