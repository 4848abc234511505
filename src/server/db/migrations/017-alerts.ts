// "Nobody waits unseen": the alerts waiting to be emailed (written in the same transaction as what they are about),
// each council's mail settings, and the safeguarding queue's assignment, response time and escalation.
import type { Kysely } from 'kysely';

type Db = Kysely<unknown>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('alert_outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('council_id', 'text', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    /** The staff area's path to the waiting item; the email links to it. Never the young person's words. */
    .addColumn('path', 'text', (c) => c.notNull())
    /** A named member of staff (an escalation); null: the council's duty inbox. */
    .addColumn('to_staff_id', 'text')
    /** When the thing it is about started waiting. */
    .addColumn('at', 'text', (c) => c.notNull())
    /** 'pending' | 'sending' | 'sent'. */
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    /** Not tried again before this time (backoff after a failure). */
    .addColumn('next_at', 'text', (c) => c.notNull())
    /** A sender's claim: its token and until when it holds (a claim past this is taken over). */
    .addColumn('claim_token', 'text')
    .addColumn('claimed_until', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .execute();
  await db.schema.createIndex('alert_outbox_due').on('alert_outbox').columns(['state', 'next_at']).execute();
  await db.schema.createIndex('alert_outbox_council').on('alert_outbox').columns(['council_id', 'state']).execute();

  // One row per council that has set up email; the password is write-only (never answered by any route).
  await db.schema
    .createTable('mail_settings')
    .addColumn('council_id', 'text', (c) => c.primaryKey().references('councils.id').onDelete('cascade'))
    .addColumn('host', 'text', (c) => c.notNull())
    .addColumn('port', 'integer', (c) => c.notNull())
    .addColumn('secure', 'integer', (c) => c.notNull())
    .addColumn('username', 'text')
    .addColumn('password', 'text')
    .addColumn('from_address', 'text', (c) => c.notNull())
    .addColumn('duty_inbox', 'text', (c) => c.notNull())
    .addColumn('base_url', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();

  await db.schema
    .createTable('safeguarding_settings')
    .addColumn('council_id', 'text', (c) => c.primaryKey().references('councils.id').onDelete('cascade'))
    .addColumn('respond_within_hours', 'integer', (c) => c.notNull())
    /** JSON: staff ids, in the order an item waiting past its due time goes to them. */
    .addColumn('escalate_to', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('safeguarding_assignments')
    .addColumn('council_id', 'text', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('assigned_to', 'text', (c) => c.references('staff.id'))
    .addColumn('assigned_at', 'text')
    /** How many people on the escalation list it has gone to (0: none yet). */
    .addColumn('escalations', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('escalated_to', 'text', (c) => c.references('staff.id'))
    .addColumn('escalated_at', 'text')
    .addPrimaryKeyConstraint('safeguarding_assignments_pk', ['council_id', 'kind', 'item_id'])
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('safeguarding_assignments').execute();
  await db.schema.dropTable('safeguarding_settings').execute();
  await db.schema.dropTable('mail_settings').execute();
  await db.schema.dropTable('alert_outbox').execute();
}
