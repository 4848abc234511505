// Reading the offer's own tables: each item with the fields of the version phones have, and the staff view of it.
import { offerItemInputSchema, type OfferItemFields, type StaffOfferItem } from '../../../../shared/offer-staff';
import { offerItemSchema, type OfferItem } from '../../../../shared/offer';
import { londonDate } from '../../../../shared/requests/clock';
import type { Db } from '../../../db/schema';
import type { OfferItemsTable } from '../../../db/tables/offer';
import { isPostgres } from '../../../sync/change-log';
import type { Trx } from '../../../db/schema';
import { sameValue } from './fields';

export interface LoadedItem {
  row: OfferItemsTable;
  /** The working copy. */
  fields: OfferItemFields;
  /** The fields of the version phones have (null before the first publish). */
  publishedFields: OfferItemFields | null;
}

/** Stored JSON read back through the schema, so a damaged row fails loudly here rather than on a phone. */
const readFields = (json: string): OfferItemFields => offerItemInputSchema.parse(JSON.parse(json));
export const readPhoneItem = (json: string): OfferItem => offerItemSchema.parse(JSON.parse(json));

function query(db: Db, councilId: string) {
  return db
    .selectFrom('offer_items')
    .leftJoin('offer_versions', (j) =>
      j.onRef('offer_versions.item_id', '=', 'offer_items.id').onRef('offer_versions.version', '=', 'offer_items.published_version'),
    )
    .selectAll('offer_items')
    .select('offer_versions.snapshot')
    .where('offer_items.council_id', '=', councilId);
}

function loaded(r: OfferItemsTable & { snapshot: string | null }): LoadedItem {
  const { snapshot, ...row } = r;
  return { row, fields: readFields(row.fields), publishedFields: snapshot ? readFields(snapshot) : null };
}

/** The council's items in the order the phone shows them (category order is the phone's; here: sort order, title). */
export async function loadItems(db: Db, councilId: string): Promise<LoadedItem[]> {
  const rows = await query(db, councilId).execute();
  return rows
    .map(loaded)
    .sort(
      (a, b) => a.fields.sortOrder - b.fields.sortOrder || a.fields.title.en.localeCompare(b.fields.title.en) || a.row.id.localeCompare(b.row.id),
    );
}

/** One item of this council (another council's id is never found). */
export async function loadItem(db: Db, councilId: string, id: string): Promise<LoadedItem | undefined> {
  const row = await query(db, councilId).where('offer_items.id', '=', id).executeTakeFirst();
  return row ? loaded(row) : undefined;
}

/** Holds the item's row until the transaction ends (PostgreSQL; SQLite has one writer), so two publishes take turns. */
export async function lockItem(trx: Trx, councilId: string, id: string): Promise<LoadedItem | undefined> {
  const held = await trx
    .selectFrom('offer_items')
    .select('id')
    .where('id', '=', id)
    .where('council_id', '=', councilId)
    .$if(isPostgres(trx), (q) => q.forUpdate())
    .executeTakeFirst();
  return held ? loadItem(trx, councilId, id) : undefined;
}

/** What phones would have after publishing `target`'s draft: published items, with the target as its draft. */
export function offerAfterPublish(items: readonly LoadedItem[], target: LoadedItem | null) {
  return items.flatMap((i) => {
    if (i.row.state === 'retired') return [];
    if (target && i.row.id === target.row.id) return [{ id: i.row.id, fields: target.fields }];
    return i.publishedFields && i.row.state === 'published' ? [{ id: i.row.id, fields: i.publishedFields }] : [];
  });
}

export function toStaffItem(item: LoadedItem, now: Date, names: ReadonlyMap<string, string>): StaffOfferItem {
  const { row } = item;
  return {
    id: row.id,
    state: row.state,
    fields: item.fields,
    publishedVersion: row.published_version,
    publishedAt: row.published_at,
    unpublishedChanges: row.state !== 'retired' && (item.publishedFields === null || !sameValue(item.fields, item.publishedFields)),
    updatedAt: row.updated_at,
    updatedBy: row.updated_by ? (names.get(row.updated_by) ?? 'A former member of staff') : 'Heard demo content',
    checkOverdue: row.state !== 'retired' && item.fields.checkBy < londonDate(now),
  };
}
