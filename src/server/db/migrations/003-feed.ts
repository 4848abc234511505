// "You said, we did": themes that group what young people said, feed items saying what the council did (with a
// timeline of dated updates that is never rewritten), reactions per device, and language polls.
import type { Kysely } from 'kysely';

type Db = Kysely<unknown>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('themes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('council_id', 'text', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('themes_council').on('themes').columns(['council_id', 'created_at']).execute();

  await db.schema
    .createTable('theme_posts')
    .addColumn('theme_id', 'text', (c) => c.notNull().references('themes.id').onDelete('cascade'))
    .addColumn('post_id', 'text', (c) => c.notNull().references('wall_posts.id').onDelete('cascade'))
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('theme_posts_pk', ['theme_id', 'post_id'])
    .execute();
  await db.schema.createIndex('theme_posts_post').on('theme_posts').columns(['post_id']).execute();

  await db.schema
    .createTable('feed_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('council_id', 'text', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('said', 'text', (c) => c.notNull())
    .addColumn('did', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('cant_do_reason', 'text')
    .addColumn('district_id', 'text', (c) => c.references('districts.id'))
    .addColumn('responsible', 'text', (c) => c.notNull())
    .addColumn('start_on', 'text')
    .addColumn('due_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('published_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('feed_items_council').on('feed_items').columns(['council_id', 'state', 'published_at']).execute();

  await db.schema
    .createTable('feed_item_sources')
    .addColumn('feed_item_id', 'text', (c) => c.notNull().references('feed_items.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('quote', 'text')
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('feed_item_sources_pk', ['feed_item_id', 'kind', 'source_id'])
    .execute();
  await db.schema.createIndex('feed_item_sources_source').on('feed_item_sources').columns(['kind', 'source_id']).execute();

  await db.schema
    .createTable('feed_updates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('feed_item_id', 'text', (c) => c.notNull().references('feed_items.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .execute();
  await db.schema.createIndex('feed_updates_item').on('feed_updates').columns(['feed_item_id', 'at']).execute();

  await db.schema
    .createTable('feed_reactions')
    .addColumn('item_id', 'text', (c) => c.notNull().references('feed_items.id').onDelete('cascade'))
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('reaction', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('feed_reactions_pk', ['item_id', 'device_id'])
    .execute();

  await db.schema
    .createTable('polls')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('council_id', 'text', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('term', 'text', (c) => c.notNull())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('open', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('adopted_option_id', 'text')
    .addColumn('feed_item_id', 'text', (c) => c.references('feed_items.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('polls_council').on('polls').columns(['council_id', 'created_at']).execute();

  await db.schema
    .createTable('poll_options')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('poll_id', 'text', (c) => c.notNull().references('polls.id').onDelete('cascade'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('device_id', 'text')
    .addColumn('flags', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('votes', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .execute();
  await db.schema.createIndex('poll_options_poll').on('poll_options').columns(['poll_id', 'sort_order']).execute();
  await db.schema.createIndex('poll_options_device').on('poll_options').columns(['device_id']).execute();

  await db.schema
    .createTable('poll_votes')
    .addColumn('poll_id', 'text', (c) => c.notNull().references('polls.id').onDelete('cascade'))
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('option_id', 'text', (c) => c.notNull().references('poll_options.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('poll_votes_pk', ['poll_id', 'device_id'])
    .execute();
}

export async function down(db: Db): Promise<void> {
  for (const table of [
    'poll_votes',
    'poll_options',
    'polls',
    'feed_reactions',
    'feed_updates',
    'feed_item_sources',
    'feed_items',
    'theme_posts',
    'themes',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
