// The local offer for care leavers: each item's working copy (what staff edit), the version phones have, and every
// published version with what changed. Text and lists are JSON in text columns, as elsewhere, so SQLite and PostgreSQL
// hold them the same way.
import type { Kysely } from 'kysely';

type Db = Kysely<unknown>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('offer_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('council_id', 'text', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    /** 'draft' (never published) | 'published' (phones have a version) | 'retired' (phones drop it). */
    .addColumn('state', 'text', (c) => c.notNull())
    /** JSON OfferItemFields: the working copy, which may be ahead of the published version. */
    .addColumn('fields', 'text', (c) => c.notNull())
    /** JSON OfferItem: the item exactly as phones get it (no owner, no check-by date), or null before the first publish. */
    .addColumn('published', 'text')
    .addColumn('published_version', 'integer')
    .addColumn('published_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    /** The member of staff who last changed it (null: the demo content). */
    .addColumn('updated_by', 'text')
    .addColumn('retired_at', 'text')
    .addColumn('retired_by', 'text')
    .addColumn('retired_reason', 'text')
    .execute();
  await db.schema.createIndex('offer_items_council').on('offer_items').columns(['council_id', 'state']).execute();

  // One row per published version: who published it, the note for phones, the field-by-field changes and the whole
  // working copy at that moment (what the next publish is compared with).
  await db.schema
    .createTable('offer_versions')
    .addColumn('item_id', 'text', (c) => c.notNull().references('offer_items.id').onDelete('cascade'))
    .addColumn('council_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('published_by', 'text')
    /** JSON LocalizedText or null. */
    .addColumn('change_note', 'text')
    /** JSON OfferFieldChange[]. */
    .addColumn('changes', 'text', (c) => c.notNull())
    /** JSON OfferItemFields. */
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('offer_versions_pk', ['item_id', 'version'])
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('offer_versions').execute();
  await db.schema.dropTable('offer_items').execute();
}
