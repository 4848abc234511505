// Sign-in that an attacker cannot use to keep a member of staff out: browsers that have signed in to an account
// before ("known devices") are remembered per member, by a hash of a random cookie value, and get a brake of their
// own instead of the account-wide one. Each brake row notes whose it is (when a member is known), so an admin's
// reset can clear every brake of that member.
import type { Kysely } from 'kysely';

type Db = Kysely<unknown>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('staff_known_devices')
    .addColumn('staff_id', 'text', (c) => c.notNull().references('staff.id').onDelete('cascade'))
    /** sha256 of the cookie value; the value itself is only ever in the browser. */
    .addColumn('device_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('staff_known_devices_pk', ['staff_id', 'device_hash'])
    .execute();
  await db.schema.createIndex('staff_known_devices_expires').on('staff_known_devices').column('expires_at').execute();

  await db.schema.alterTable('sign_in_throttle').addColumn('staff_id', 'text').execute();
  await db.schema.createIndex('sign_in_throttle_staff').on('sign_in_throttle').column('staff_id').execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropIndex('sign_in_throttle_staff').execute();
  await db.schema.alterTable('sign_in_throttle').dropColumn('staff_id').execute();
  await db.schema.dropTable('staff_known_devices').execute();
}
