// Hardening: rows made by a device get server ids (the op id is kept beside them, so a device's own items stay keyed
// by it); a per-account sign-in throttle shared by every server instance; and a change-log cursor per council, so a
// device can infer nothing about other councils from how its cursor moves.
import { sql, type Kysely } from 'kysely';

type Db = Kysely<unknown>;

export async function up(db: Db): Promise<void> {
  // The op that made a post or a name idea. Rows made before this migration used the op id as their own id.
  for (const table of ['wall_posts', 'poll_options'] as const) {
    await db.schema.alterTable(table).addColumn('op_id', 'text').execute();
    await sql`update ${sql.table(table)} set op_id = id where device_id is not null`.execute(db);
    await db.schema.createIndex(`${table}_device_op`).on(table).columns(['device_id', 'op_id']).execute();
  }

  // One row per sign-in name (a hash of the lowercased email, known account or not, so a lock says nothing about
  // who has an account). Times are ms since the epoch.
  await db.schema
    .createTable('sign_in_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locks', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('last_failure_at', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('sign_in_throttle_last').on('sign_in_throttle').column('last_failure_at').execute();

  // The last change number given out in each council. Updated in the same transaction as the change it numbers, so
  // numbers commit in order per council (the row lock on PostgreSQL, the one writer on SQLite).
  await db.schema
    .createTable('council_seq')
    .addColumn('council_id', 'text', (c) => c.primaryKey())
    .addColumn('seq', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.alterTable('change_log').addColumn('council_seq', 'bigint').execute();
  // Rows logged before keep their old number, so a cursor a phone already holds still means exactly what it saw;
  // each council then counts on from its own highest number.
  await sql`update change_log set council_seq = seq`.execute(db);
  await sql`
    insert into council_seq (council_id, seq)
    select c.id, coalesce((select max(l.seq) from change_log l where l.council_id = c.id), 0) from councils c
  `.execute(db);
  await db.schema.createIndex('change_log_council_cseq').on('change_log').columns(['council_id', 'council_seq']).execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropIndex('change_log_council_cseq').execute();
  await db.schema.alterTable('change_log').dropColumn('council_seq').execute();
  await db.schema.dropTable('council_seq').execute();
  await db.schema.dropTable('sign_in_throttle').execute();
  for (const table of ['wall_posts', 'poll_options'] as const) {
    await db.schema.dropIndex(`${table}_device_op`).execute();
    await db.schema.alterTable(table).dropColumn('op_id').execute();
  }
}
