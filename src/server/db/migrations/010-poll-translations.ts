// Poll options in every language a phone speaks: staff add Welsh and Arabic wording to an option, kept beside the
// words as first written (the label), which phones fall back to.
import type { Kysely } from 'kysely';

type Db = Kysely<unknown>;

export async function up(db: Db): Promise<void> {
  /** JSON `{ cy?, ar? }`; null when staff gave none. */
  await db.schema.alterTable('poll_options').addColumn('translations', 'text').execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.alterTable('poll_options').dropColumn('translations').execute();
}
