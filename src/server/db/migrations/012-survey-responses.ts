// "How's life?" answers. A response is anonymous: no device, no IP, no op id, no time finer than the month; its row id
// is the server's own random id. The care population (per round, age band and sex, entered by an admin) is what
// response rates are measured against, and an IRO's tally of surveys offered at reviews is kept apart from any answer.
import type { Kysely } from 'kysely';

type Db = Kysely<unknown>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('survey_responses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('council_id', 'text', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('survey_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('round', 'text', (c) => c.notNull())
    .addColumn('band', 'text', (c) => c.notNull())
    /** 'own' | 'iro' | 'paper'. */
    .addColumn('mode', 'text', (c) => c.notNull())
    /** 'YYYY-MM'. */
    .addColumn('month', 'text', (c) => c.notNull())
    /** 'girl' | 'boy' | 'another-way', or null when not said. */
    .addColumn('gender', 'text')
    /** JSON: question id → answer, checked against the version, hidden answers cleared, free text redacted. */
    .addColumn('answers', 'text', (c) => c.notNull())
    /** 1 when a free-text answer may be about harm (shown only to staff who may see it). */
    .addColumn('flagged', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('survey_responses_survey').on('survey_responses').columns(['council_id', 'survey_id', 'version']).execute();
  await db.schema.createIndex('survey_responses_round').on('survey_responses').columns(['council_id', 'round']).execute();

  await db.schema
    .createTable('survey_populations')
    .addColumn('council_id', 'text', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('round', 'text', (c) => c.notNull())
    .addColumn('band', 'text', (c) => c.notNull())
    /** 'female' | 'male' (as the council's care records count them). */
    .addColumn('sex', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('survey_populations_pk', ['council_id', 'round', 'band', 'sex'])
    .execute();

  await db.schema
    .createTable('survey_tallies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('council_id', 'text', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('round', 'text', (c) => c.notNull())
    .addColumn('band', 'text', (c) => c.notNull())
    .addColumn('offered', 'integer', (c) => c.notNull())
    .addColumn('completed', 'integer', (c) => c.notNull())
    .addColumn('declined', 'integer', (c) => c.notNull())
    /** The review's date (YYYY-MM-DD) and who recorded it: a tally is the IRO's own record, never linked to an answer. */
    .addColumn('reviewed_on', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('survey_tallies_round').on('survey_tallies').columns(['council_id', 'round']).execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('survey_tallies').execute();
  await db.schema.dropTable('survey_populations').execute();
  await db.schema.dropTable('survey_responses').execute();
}
