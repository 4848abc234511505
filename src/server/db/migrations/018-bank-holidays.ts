// A newer list of England-and-Wales bank holidays than the snapshot Heard ships, as a council's admin uploaded it from
// GOV.UK. Each council keeps its own upload: an admin's word changes their own council's deadlines, no one else's.
import type { Kysely } from 'kysely';

type Db = Kysely<unknown>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('bank_holidays')
    .addColumn('council_id', 'text', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    /** YYYY-MM-DD. */
    .addColumn('date', 'text', (c) => c.notNull())
    /** As GOV.UK names it ("Boxing Day"). */
    .addColumn('title', 'text', (c) => c.notNull())
    /** Where the list came from ('gov.uk': the bank-holidays.json file, division england-and-wales). */
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('fetched_at', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull().references('staff.id'))
    .addPrimaryKeyConstraint('bank_holidays_pk', ['council_id', 'date'])
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('bank_holidays').execute();
}
