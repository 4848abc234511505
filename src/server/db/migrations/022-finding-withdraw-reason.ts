// Why a finding was withdrawn: staff say why when they withdraw one, so the list of withdrawn findings shows who, when
// and why. Findings withdrawn before this keep a null reason.
import type { Kysely } from 'kysely';

type Db = Kysely<unknown>;

export async function up(db: Db): Promise<void> {
  await db.schema.alterTable('survey_findings').addColumn('withdrawn_reason', 'text').execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.alterTable('survey_findings').dropColumn('withdrawn_reason').execute();
}
