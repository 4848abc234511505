// Councils, devices, the op idempotency record, the change log, staff, sessions and the audit log.
// Runs on SQLite and PostgreSQL alike; only the auto-increment columns differ per dialect.
import { PostgresAdapter, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

type Db = Kysely<unknown>;

/** An auto-increment primary key: `integer primary key autoincrement` on SQLite (never reuses a value), bigserial
 * on PostgreSQL (a sequence; pg returns it as a string, which readers normalise). */
export function serialPrimaryKey(db: Db): {
  type: 'integer' | 'bigserial';
  build: (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;
} {
  return db.getExecutor().adapter instanceof PostgresAdapter
    ? { type: 'bigserial', build: (c) => c.primaryKey() }
    : { type: 'integer', build: (c) => c.primaryKey().autoIncrement() };
}

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('councils')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('join_code', 'text', (c) => c.notNull().unique())
    .addColumn('settings', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('districts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('council_id', 'text', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('districts_council').on('districts').columns(['council_id', 'sort_order']).execute();

  await db.schema
    .createTable('devices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('council_id', 'text', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_on', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('devices_council').on('devices').column('council_id').execute();

  // No foreign key to devices: an op record outlives nothing and must stay even if a device row is removed,
  // so a late repeat of the op still answers 'duplicate'.
  await db.schema
    .createTable('ops')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('council_id', 'text', (c) => c.notNull())
    .addColumn('device_id', 'text')
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('received_on', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('ops_council_received').on('ops').columns(['council_id', 'received_on']).execute();

  const serial = serialPrimaryKey(db);
  await db.schema
    .createTable('change_log')
    .addColumn('seq', serial.type, serial.build)
    .addColumn('council_id', 'text', (c) => c.notNull())
    .addColumn('collection', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('device_id', 'text')
    .execute();
  await db.schema.createIndex('change_log_council_seq').on('change_log').columns(['council_id', 'seq']).execute();

  await db.schema
    .createTable('staff')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('council_id', 'text', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('roles', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('staff_council').on('staff').column('council_id').execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('staff_id', 'text', (c) => c.notNull().references('staff.id').onDelete('cascade'))
    .addColumn('council_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_staff').on('sessions').column('staff_id').execute();
  await db.schema.createIndex('sessions_last_seen').on('sessions').column('last_seen_at').execute();

  const auditSerial = serialPrimaryKey(db);
  await db.schema
    .createTable('audit_log')
    .addColumn('id', auditSerial.type, auditSerial.build)
    .addColumn('council_id', 'text', (c) => c.notNull())
    .addColumn('staff_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text')
    .addColumn('detail', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_council_at').on('audit_log').columns(['council_id', 'at']).execute();

  await db.schema
    .createTable('rate_limits')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('window_start', 'bigint', (c) => c.notNull())
    .addColumn('hits', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('rate_limits_window').on('rate_limits').column('window_start').execute();
}

export async function down(db: Db): Promise<void> {
  for (const table of ['rate_limits', 'audit_log', 'sessions', 'staff', 'change_log', 'ops', 'devices', 'districts', 'councils']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
