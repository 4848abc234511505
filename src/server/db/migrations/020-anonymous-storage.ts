// Anonymous responses leave no trace of when or in what order they arrived beside the phone that sent them.
//
// A response is first held (survey_held) and reaches survey_responses and the counts later, in a shuffled batch moved
// by a transaction of its own: no row a results query reads was written in the transaction (or next to the rows) of
// the push, the IRO's hand-in or the staff audit entry that brought it. The record of an anonymous op's id moves out of
// `ops` into anonymous_ops. On SQLite both tables, and survey_responses rebuilt, keep rows in key order (WITHOUT
// ROWID, random keys) rather than in arrival order. Existing rows are moved over.
import { PostgresAdapter, sql, type Kysely } from 'kysely';

type Db = Kysely<unknown>;

const isPostgres = (db: Db) => db.getExecutor().adapter instanceof PostgresAdapter;

export async function up(db: Db): Promise<void> {
  const pg = isPostgres(db);
  // SQLite keeps a table's rows in rowid (arrival) order unless it is WITHOUT ROWID.
  const keyOrder = <T extends { modifyEnd(s: ReturnType<typeof sql>): T }>(b: T): T => (pg ? b : b.modifyEnd(sql`without rowid`));

  await db.schema
    .createTable('survey_held')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('council_id', 'text', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('survey_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('gender', 'text')
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('flagged', 'integer', (c) => c.notNull())
    /** The hour it arrived ('2026-03-02T10'), so held rows are moved within the hour; gone once moved. */
    .addColumn('held_hour', 'text', (c) => c.notNull())
    .$call(keyOrder)
    .execute();
  await db.schema.createIndex('survey_held_council').on('survey_held').columns(['council_id', 'held_hour']).execute();

  await db.schema
    .createTable('anonymous_ops')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('council_id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    /** The first of the month it arrived. */
    .addColumn('received_on', 'text', (c) => c.notNull())
    .$call(keyOrder)
    .execute();
  await sql`insert into anonymous_ops (id, council_id, type, result, received_on)
    select id, council_id, type, result, received_on from ops where device_id is null and type = 'survey.submit'`.execute(db);
  // Only what was copied (a row another server wrote meanwhile stays in `ops`, still answering its repeats).
  await sql`delete from ops where id in (select id from anonymous_ops)`.execute(db);

  if (!pg) {
    // survey_responses again, in key order: the rows already there lose their arrival order too.
    await sql`create table survey_responses_keyed (
      id text primary key,
      council_id text not null references councils(id) on delete cascade,
      survey_id text not null,
      version integer not null,
      round text not null,
      band text not null,
      mode text not null,
      month text not null,
      gender text,
      answers text not null,
      flagged integer not null,
      has_text integer not null default 0
    ) without rowid`.execute(db);
    await sql`insert into survey_responses_keyed select id, council_id, survey_id, version, round, band, mode, month, gender, answers, flagged, has_text from survey_responses`.execute(
      db,
    );
    await sql`drop table survey_responses`.execute(db);
    await sql`alter table survey_responses_keyed rename to survey_responses`.execute(db);
    await db.schema.createIndex('survey_responses_survey').on('survey_responses').columns(['council_id', 'survey_id', 'version']).execute();
    await db.schema.createIndex('survey_responses_round').on('survey_responses').columns(['council_id', 'round']).execute();
    await db.schema.createIndex('survey_responses_text').on('survey_responses').columns(['council_id', 'survey_id', 'has_text', 'month']).execute();
  }
}

export async function down(db: Db): Promise<void> {
  await sql`insert into ops (id, council_id, device_id, type, result, received_on)
    select id, council_id, null, type, result, received_on from anonymous_ops`.execute(db);
  await db.schema.dropTable('anonymous_ops').execute();
  await db.schema.dropTable('survey_held').execute();
}
