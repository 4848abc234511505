// Taking words back: a post or name idea can be withdrawn (by the young person, or because it moved to the
// safeguarding queue), a quote of it in "you said, we did" is withdrawn with it, and a phone can be forgotten.
import type { Kysely } from 'kysely';

type Db = Kysely<unknown>;

export async function up(db: Db): Promise<void> {
  // When the young person took it back. Its words are erased then, unless a safeguarding record needs them.
  await db.schema.alterTable('wall_posts').addColumn('withdrawn_at', 'text').execute();
  await db.schema.alterTable('poll_options').addColumn('withdrawn_at', 'text').execute();
  // When the quoted words were withdrawn: the quote is gone, the row stays as the notice to staff.
  await db.schema.alterTable('feed_item_sources').addColumn('withdrawn_at', 'text').execute();
  // A forgotten phone: its token no longer works (the hash is replaced, so it can never match again).
  await db.schema.alterTable('devices').addColumn('revoked_at', 'text').execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.alterTable('devices').dropColumn('revoked_at').execute();
  await db.schema.alterTable('feed_item_sources').dropColumn('withdrawn_at').execute();
  await db.schema.alterTable('poll_options').dropColumn('withdrawn_at').execute();
  await db.schema.alterTable('wall_posts').dropColumn('withdrawn_at').execute();
}
