// "Ask for help": a young person's requests (advocate, complaint, compliment, contact me, question), each stage of a
// complaint with its statutory clock, and everything that happened to it (messages both ways, staff actions).
import type { Kysely } from 'kysely';

type Db = Kysely<unknown>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('council_id', 'text', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    /** The op that made it (the phone keys its own items by it); null for one staff keyed in. */
    .addColumn('op_id', 'text', (c) => c.unique())
    .addColumn('device_id', 'text')
    /** 'HRD-7K3Q-9M2P', unique across councils: a lookup by reference needs no council. */
    .addColumn('ref', 'text', (c) => c.notNull().unique())
    /** scrypt of the check code the phone made, 'salt:hash' in hex. The code itself is never stored. */
    .addColumn('check_hash', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('wanted', 'text')
    /** JSON { name, relationship } or null. */
    .addColumn('on_behalf', 'text')
    /** JSON RequestContact. */
    .addColumn('contact', 'text', (c) => c.notNull())
    .addColumn('wants_advocate', 'text', (c) => c.notNull())
    .addColumn('language', 'text')
    .addColumn('happened', 'text')
    .addColumn('asker', 'text', (c) => c.notNull())
    .addColumn('urgent', 'integer', (c) => c.notNull().defaultTo(0))
    /** The safety check (phone or server) thought the words may be about harm. */
    .addColumn('safety', 'integer', (c) => c.notNull().defaultTo(0))
    /** 'england' | 'wales': the nation's rules it runs under, fixed when it arrives. */
    .addColumn('nation', 'text', (c) => c.notNull())
    .addColumn('offer_item_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('stage', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('assigned_to', 'text', (c) => c.references('staff.id'))
    /** 'not-asked' | 'asked' | 'referred' | 'allocated' | 'closed'. */
    .addColumn('advocacy', 'text', (c) => c.notNull())
    /** When a member of staff recorded contact with the young person (null: not yet). */
    .addColumn('contacted_at', 'text')
    .addColumn('acknowledged_at', 'text')
    /** The London day it arrived: day 0 of the clock. */
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .execute();
  await db.schema.createIndex('requests_council_status').on('requests').columns(['council_id', 'status']).execute();
  await db.schema.createIndex('requests_device').on('requests').columns(['device_id']).execute();

  // One row per stage a request has reached. Stage 1 starts when it arrives; 2 and 3 when the young person asks.
  await db.schema
    .createTable('request_stages')
    .addColumn('request_id', 'text', (c) => c.notNull().references('requests.id').onDelete('cascade'))
    .addColumn('stage', 'integer', (c) => c.notNull())
    .addColumn('council_id', 'text', (c) => c.notNull())
    /** Day 0 of this stage's clock (London day). */
    .addColumn('opened_on', 'text', (c) => c.notNull())
    /** Due by the regulations, before any extension or stopped days. */
    .addColumn('due_on', 'text', (c) => c.notNull())
    /** After an extension (never past the stage's maximum), with its reason. */
    .addColumn('extended_to', 'text')
    .addColumn('extension_reason', 'text')
    /** The clock is stopped since this day (null: running), and the working days it was stopped before. */
    .addColumn('stopped_since', 'text')
    .addColumn('stop_reason', 'text')
    .addColumn('stopped_days', 'integer', (c) => c.notNull().defaultTo(0))
    /** England stage 3: when the panel met, when its report came. */
    .addColumn('panel_on', 'text')
    .addColumn('report_on', 'text')
    .addColumn('responded_on', 'text')
    /** 'upheld' | 'partly-upheld' | 'not-upheld' | 'resolved' | 'withdrawn'. */
    .addColumn('outcome', 'text')
    .addColumn('learning', 'text')
    /** Asked for after the window (accepted, flagged for the council). */
    .addColumn('late', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('request_stages_pk', ['request_id', 'stage'])
    .execute();

  // Everything that happened: messages both ways (shown to the young person) and staff actions (staff only). The op id
  // makes a message or an escalation from a phone (or a lookup) land once.
  await db.schema
    .createTable('request_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull().references('requests.id').onDelete('cascade'))
    .addColumn('council_id', 'text', (c) => c.notNull())
    .addColumn('op_id', 'text', (c) => c.unique())
    /** 'message-in' | 'message-out' | 'note' | 'escalated' | 'assigned' | 'contacted' | 'advocacy' | 'acknowledged'
     * | 'extended' | 'clock-stopped' | 'clock-restarted' | 'stage-response' | 'panel' | 'report' | 'closed'. */
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('staff_id', 'text', (c) => c.references('staff.id'))
    /** The words (a message, a note, a reason), or null. */
    .addColumn('text', 'text')
    /** JSON of what else the event carries ({ stage, outcome, to, … }). */
    .addColumn('data', 'text')
    /** 1: the young person sees it (their messages, staff replies, escalations, stage answers). */
    .addColumn('visible', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('request_events_request').on('request_events').columns(['request_id', 'at']).execute();

  // Wrong check codes, counted per reference and per address per hour (the lookup's own rate limit).
  await db.schema
    .createTable('request_lookup_failures')
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('hour', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('request_lookup_failures_pk', ['scope', 'subject', 'hour'])
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('request_lookup_failures').execute();
  await db.schema.dropTable('request_events').execute();
  await db.schema.dropTable('request_stages').execute();
  await db.schema.dropTable('requests').execute();
}
