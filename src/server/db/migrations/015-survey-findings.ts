// Findings a council publishes to young people after a "How's life?" round, in plain words: what they told us and what
// the council will do. A "you said, we did" item may cite one. Written once; phones get them through the pull.
import type { Kysely } from 'kysely';

type Db = Kysely<unknown>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('survey_findings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('council_id', 'text', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('round', 'text', (c) => c.notNull())
    /** JSON { en, cy, ar }: "What you told us". */
    .addColumn('told', 'text', (c) => c.notNull())
    /** JSON { en, cy, ar }: "What we will do". */
    .addColumn('will_do', 'text', (c) => c.notNull())
    /** JSON array of the round's question ids the finding is about (may be empty). */
    .addColumn('question_ids', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('published_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('survey_findings_council').on('survey_findings').columns(['council_id', 'round']).execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('survey_findings').execute();
}
