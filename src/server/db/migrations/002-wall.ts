// The graffiti wall: prompts set by staff, posts by young people (published only after a person approves), me-toos.
import type { Kysely } from 'kysely';

type Db = Kysely<unknown>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('wall_prompts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('council_id', 'text', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('district_id', 'text', (c) => c.references('districts.id'))
    .addColumn('open', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('wall_prompts_council').on('wall_prompts').columns(['council_id', 'sort_order']).execute();

  await db.schema
    .createTable('wall_posts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('council_id', 'text', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('prompt_id', 'text', (c) => c.notNull().references('wall_prompts.id'))
    .addColumn('device_id', 'text')
    .addColumn('district_id', 'text', (c) => c.references('districts.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('published_text', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('flags', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('me_too', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('decision_reason', 'text')
    .addColumn('decision_category', 'text')
    .execute();
  await db.schema.createIndex('wall_posts_queue').on('wall_posts').columns(['council_id', 'status', 'created_at']).execute();
  await db.schema.createIndex('wall_posts_device').on('wall_posts').columns(['device_id']).execute();

  await db.schema
    .createTable('wall_me_toos')
    .addColumn('post_id', 'text', (c) => c.notNull().references('wall_posts.id').onDelete('cascade'))
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('wall_me_toos_pk', ['post_id', 'device_id'])
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('wall_me_toos').execute();
  await db.schema.dropTable('wall_posts').execute();
  await db.schema.dropTable('wall_prompts').execute();
}
