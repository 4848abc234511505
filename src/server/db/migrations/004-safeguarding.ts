// What staff did about each item in the safeguarding queue. Append-only: a follow-up is another row.
import type { Kysely } from 'kysely';

type Db = Kysely<unknown>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('safeguarding_actions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('council_id', 'text', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('staff_id', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('safeguarding_actions_item').on('safeguarding_actions').columns(['council_id', 'kind', 'item_id']).execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('safeguarding_actions').execute();
}
