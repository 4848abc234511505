// A council's own words for the safety check: local slang a safeguarding lead knows, matched as well as Heard's own.
import type { Kysely } from 'kysely';

type Db = Kysely<unknown>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('safety_terms')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('council_id', 'text', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('term', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // One row per word and language in a council: adding it twice is answered as "already there".
  await db.schema.createIndex('safety_terms_unique').on('safety_terms').columns(['council_id', 'language', 'term']).unique().execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('safety_terms').execute();
}
