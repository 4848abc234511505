// What changed for a device after its cursor: the council's change log (plus this device's own changes), numbered
// per council (see change-log.ts), grouped per collection, each id loaded fresh from its feature's pull source. Ids a
// source does not return are gone for this device and go out as tombstones.
import { sql, type Kysely } from 'kysely';
import type { CollectionName, PullChanges, PullResponse } from '../../shared/protocol';
import type { Database } from '../db/schema';
import type { DeviceAuth } from '../lib/route';
import type { PullSources } from './types';

export const PULL_PAGE_SIZE = 500;

/** change_log.council_seq comes back as a number from SQLite and as a string (int8) from PostgreSQL. */
export function seqToCursor(seq: number | string | bigint): string {
  return typeof seq === 'string' ? seq : BigInt(seq).toString();
}

/** The council's last change number (0 before its first change). */
async function councilTop(db: Kysely<Database>, councilId: string): Promise<bigint> {
  const row = await db.selectFrom('council_seq').select('seq').where('council_id', '=', councilId).executeTakeFirst();
  return row ? BigInt(row.seq) : 0n;
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
  const since = BigInt(cursor) > (await councilTop(db, device.councilId)) ? '0' : cursor;
  // Compared as a number in SQL: a text parameter against an integer column would compare as text on SQLite.
  const after = sql<number>`cast(${since} as bigint)`;
  const rows = await db
    .selectFrom('change_log')
    .select(['council_seq', 'collection', 'entity_id'])
    .where('council_id', '=', device.councilId)
    .where('council_seq', '>', after)
    .where((eb) => eb.or([eb('device_id', 'is', null), eb('device_id', '=', device.deviceId)]))
    .orderBy('council_seq')
    .limit(pageSize)
    .execute();

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

  const changes: Record<string, unknown[]> = {};
  const scope = { councilId: device.councilId, deviceId: device.deviceId, now };
  for (const [collection, set] of ids) {
    const source = sources[collection];
    if (!source) continue;
    const wanted = [...set];
    const found = await source(db, scope, wanted);
    const seen = new Set(found.map((r) => r.id));
    const gone = wanted.filter((id) => !seen.has(id)).map((id) => ({ id, deleted: true as const }));
    changes[collection] = [...found, ...gone];
  }

  const last = rows.at(-1);
  return {
    cursor: last?.council_seq != null ? seqToCursor(last.council_seq) : since,
    changes: changes as PullChanges,
    more: rows.length === pageSize,
  };
}
