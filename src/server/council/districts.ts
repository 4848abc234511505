// Writing a council's districts. Every write is scoped to the council, so an id from another council changes nothing.
import { sql, type Transaction } from 'kysely';
import { newId } from '../../shared/ids';
import type { Database } from '../db/schema';
import type { Db } from './load';

type Trx = Transaction<Database>;

/** The districts with their place in the list, as stored. */
export async function districtRows(db: Db, councilId: string): Promise<{ id: string; name: string; sortOrder: number }[]> {
  const rows = await db.selectFrom('districts').select(['id', 'name', 'sort_order']).where('council_id', '=', councilId).execute();
  return rows.map((d) => ({ id: d.id, name: d.name, sortOrder: Number(d.sort_order) }));
}

export async function insertDistrict(trx: Trx, councilId: string, name: string, sortOrder: number): Promise<void> {
  await trx.insertInto('districts').values({ id: newId(), council_id: councilId, name, sort_order: sortOrder }).execute();
}

export async function updateDistrict(trx: Trx, councilId: string, id: string, change: { name: string; sortOrder: number }): Promise<void> {
  await trx
    .updateTable('districts')
    .set({ name: change.name, sort_order: change.sortOrder })
    .where('council_id', '=', councilId)
    .where('id', '=', id)
    .execute();
}

export async function deleteDistricts(trx: Trx, councilId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await trx
    .deleteFrom('districts')
    .where('council_id', '=', councilId)
    .where('id', 'in', [...ids])
    .execute();
}

/**
 * Tables that point at a district: any column named district_id. Found from the live schema so a feature that
 * adds such a column is protected without this file knowing about it.
 */
async function districtReferences(db: Db): Promise<{ table: string; column: string }[]> {
  const tables = await db.introspection.getTables();
  return tables
    .filter((t) => t.name !== 'districts' && !t.isView)
    .flatMap((t) => t.columns.filter((c) => c.name === 'district_id').map((c) => ({ table: t.name, column: c.name })));
}

/** True when anything still refers to the district (so it cannot be removed). */
export async function districtInUse(db: Db, districtId: string): Promise<boolean> {
  for (const ref of await districtReferences(db)) {
    const found = await sql<{ one: number }>`select 1 as one from ${sql.table(ref.table)} where ${sql.ref(
      ref.column,
    )} = ${districtId} limit 1`.execute(db);
    if (found.rows.length > 0) return true;
  }
  return false;
}
