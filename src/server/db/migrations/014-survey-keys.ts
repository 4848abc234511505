// IRO-assisted surveys. Each council has a sealing key pair (made on first need): an IRO's device seals a child's
// answers with the public half, and only the server, holding the private half, can open them. The ids of sealed
// entries already received are kept so a repeat is stored once — with the council and the month only: no staff id,
// no time finer than the month and nothing that points at the response row.
import type { Kysely } from 'kysely';

type Db = Kysely<unknown>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('survey_keys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('council_id', 'text', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    /** JWK of the public half (sent to IRO devices). */
    .addColumn('public_key', 'text', (c) => c.notNull())
    /** JWK of the private half: never leaves the server. */
    .addColumn('private_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // One key per council: a second one made at the same moment by a racing request loses on this index.
  await db.schema.createIndex('survey_keys_council').unique().on('survey_keys').column('council_id').execute();

  await db.schema
    .createTable('survey_sealed_entries')
    .addColumn('council_id', 'text', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('entry_id', 'text', (c) => c.notNull())
    /** 'YYYY-MM': when it arrived, to the month (old entries can be swept by month). */
    .addColumn('month', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('survey_sealed_entries_pk', ['council_id', 'entry_id'])
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('survey_sealed_entries').execute();
  await db.schema.dropTable('survey_keys').execute();
}
