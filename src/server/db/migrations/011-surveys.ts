// "How's life?" survey versions a council has published. A version is immutable once published (a change is a new
// version), so the row is written once and never updated; its definition is the shared contract as JSON.
import type { Kysely } from 'kysely';

type Db = Kysely<unknown>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('surveys')
    .addColumn('council_id', 'text', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    /** The age band's survey ("hows-life-8-11"): a response names it and the version it answered. */
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    /** The round its age bands belong to ("hows-life"). */
    .addColumn('round', 'text', (c) => c.notNull())
    .addColumn('band', 'text', (c) => c.notNull())
    /** The whole version as JSON (surveyVersionSchema), checked before it was written. */
    .addColumn('definition', 'text', (c) => c.notNull())
    /** Only 'published' in this slice; drafts will be a status of their own. */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('surveys_pk', ['council_id', 'id', 'version'])
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('surveys').execute();
}
