// When the phone made each kept reaction (the time its op was made, on the phone): a phone that changes its reaction
// replaces the op still waiting, yet that op may already be on its way (sent by a page that then reloaded) and reach the
// server after the change. The server keeps the reaction made last, not the one that arrived last. Reactions kept
// before this have none, and the next one replaces them.
import type { Kysely } from 'kysely';

type Db = Kysely<unknown>;

export async function up(db: Db): Promise<void> {
  await db.schema.alterTable('feed_reactions').addColumn('made_at', 'text').execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.alterTable('feed_reactions').dropColumn('made_at').execute();
}
