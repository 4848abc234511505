// Quotas on what a device, and a council's devices together, can create per hour (see sync/quota.ts). Only counts:
// one row per device (or council), kind of op and hour, deleted about a day later.
import type { Kysely } from 'kysely';

type Db = Kysely<unknown>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('op_quotas')
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('hour', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('op_quotas_pk', ['scope', 'subject_id', 'kind', 'hour'])
    .execute();
  await db.schema.createIndex('op_quotas_hour').on('op_quotas').column('hour').execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('op_quotas').execute();
}
