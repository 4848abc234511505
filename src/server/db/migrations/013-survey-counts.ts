// "How's life?" results read counts, not every response: per version, the responses by mode, month and sex, and per
// question how many were shown it, answered it and gave each answer. storeResponse adds to them in the response's own
// transaction; this migration counts the responses stored before it. A paper response keyed in by staff leaves only
// its client's entry id and the month here (so a double click stores it once), never a link to the response.
import { sql, type Kysely } from 'kysely';
import { surveyVersionSchema } from '../../../shared/survey/definition';
import { hasTextAnswer, tallyAnswers } from '../../../shared/survey/tally';

type Db = Kysely<unknown>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('survey_response_counts')
    .addColumn('council_id', 'text', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('survey_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('round', 'text', (c) => c.notNull())
    .addColumn('band', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('month', 'text', (c) => c.notNull())
    /** 'girl' | 'boy' | 'another-way' | 'not-said'. */
    .addColumn('sex', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('survey_response_counts_pk', ['council_id', 'survey_id', 'version', 'mode', 'month', 'sex'])
    .execute();
  await db.schema.createIndex('survey_response_counts_round').on('survey_response_counts').columns(['council_id', 'round']).execute();

  await db.schema
    .createTable('survey_answer_counts')
    .addColumn('council_id', 'text', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('survey_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('question_id', 'text', (c) => c.notNull())
    /** An answer value, or '#asked' / '#answered'. */
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('survey_answer_counts_pk', ['council_id', 'survey_id', 'version', 'question_id', 'value'])
    .execute();

  await db.schema
    .createTable('survey_paper_entries')
    .addColumn('council_id', 'text', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('entry_id', 'text', (c) => c.notNull())
    .addColumn('month', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('survey_paper_entries_pk', ['council_id', 'entry_id'])
    .execute();

  /** 1 when the response holds a free-text answer: only those rows are read for the staff's free-text list. */
  await db.schema
    .alterTable('survey_responses')
    .addColumn('has_text', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  /** The newest free texts of a survey, read without walking its other responses. */
  await db.schema.createIndex('survey_responses_text').on('survey_responses').columns(['council_id', 'survey_id', 'has_text', 'month']).execute();
  await countStoredResponses(db);
}

async function countStoredResponses(db: Db): Promise<void> {
  type Row = {
    council_id: string;
    survey_id: string;
    version: number;
    round: string;
    band: string;
    mode: string;
    month: string;
    gender: string | null;
  };
  const versions = await sql<{ council_id: string; id: string; version: number; definition: string }>`
    select council_id, id, version, definition from surveys`.execute(db);
  const definitions = new Map(
    versions.rows.map((v) => [`${v.council_id} ${v.id} ${Number(v.version)}`, surveyVersionSchema.safeParse(JSON.parse(v.definition))]),
  );
  const responses = await sql<Row & { id: string; answers: string }>`
    select id, council_id, survey_id, version, round, band, mode, month, gender, answers from survey_responses`.execute(db);
  const byResponse = new Map<string, number>();
  const byAnswer = new Map<string, number>();
  for (const r of responses.rows) {
    const sex = r.gender ?? 'not-said';
    const key = JSON.stringify([r.council_id, r.survey_id, Number(r.version), r.round, r.band, r.mode, r.month, sex]);
    byResponse.set(key, (byResponse.get(key) ?? 0) + 1);
    const parsed = definitions.get(`${r.council_id} ${r.survey_id} ${Number(r.version)}`);
    if (!parsed?.success) continue;
    const answers = JSON.parse(r.answers) as Record<string, unknown>;
    for (const t of tallyAnswers(parsed.data, answers)) {
      const k = JSON.stringify([r.council_id, r.survey_id, Number(r.version), t.questionId, t.value]);
      byAnswer.set(k, (byAnswer.get(k) ?? 0) + 1);
    }
    if (hasTextAnswer(parsed.data, answers)) await sql`update survey_responses set has_text = 1 where id = ${r.id}`.execute(db);
  }
  for (const [key, count] of byResponse) {
    const [council, survey, version, round, band, mode, month, sex] = JSON.parse(key) as [
      string,
      string,
      number,
      string,
      string,
      string,
      string,
      string,
    ];
    await sql`insert into survey_response_counts (council_id, survey_id, version, round, band, mode, month, sex, count)
      values (${council}, ${survey}, ${version}, ${round}, ${band}, ${mode}, ${month}, ${sex}, ${count})`.execute(db);
  }
  for (const [key, count] of byAnswer) {
    const [council, survey, version, question, value] = JSON.parse(key) as [string, string, number, string, string];
    await sql`insert into survey_answer_counts (council_id, survey_id, version, question_id, value, count)
      values (${council}, ${survey}, ${version}, ${question}, ${value}, ${count})`.execute(db);
  }
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropIndex('survey_responses_text').execute();
  await db.schema.alterTable('survey_responses').dropColumn('has_text').execute();
  await db.schema.dropTable('survey_paper_entries').execute();
  await db.schema.dropTable('survey_answer_counts').execute();
  await db.schema.dropTable('survey_response_counts').execute();
}
