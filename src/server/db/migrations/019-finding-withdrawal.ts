// A finding published to young people can be withdrawn (it was wrong, or promised what the council cannot do): phones
// drop it, and a "you said, we did" item citing it keeps its words but says the finding was withdrawn.
import type { Kysely } from 'kysely';

type Db = Kysely<unknown>;

export async function up(db: Db): Promise<void> {
  /** When it was withdrawn (null: still published), and by whom. */
  await db.schema.alterTable('survey_findings').addColumn('withdrawn_at', 'text').execute();
  await db.schema.alterTable('survey_findings').addColumn('withdrawn_by', 'text').execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.alterTable('survey_findings').dropColumn('withdrawn_by').execute();
  await db.schema.alterTable('survey_findings').dropColumn('withdrawn_at').execute();
}
