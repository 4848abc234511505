// The polls' part of the safeguarding queue: name ideas that may be a disclosure, read and acted on by the queue
// without the queue reading the polls' tables.
import { sql } from 'kysely';
import type { SafeguardingKind } from '../../../../shared/safeguarding';
import type { Db } from '../../../db/schema';
import { parseText } from '../../../lib/json-column';
import { countSamePhone, neighbourWindow, type PhoneItem } from '../../../lib/same-phone';
import type { SafeguardingSource } from '../../../ports/safeguarding';

/** The statuses of something a phone sent (an idea the young person took back is not counted). */
const SENT = ['pending', 'published', 'hidden', 'safeguarding'] as const;

async function samePhone(db: Db, councilId: string, items: PhoneItem[]): Promise<Map<string, number>> {
  const window = neighbourWindow(items);
  if (!window) return new Map();
  const near = await db
    .selectFrom('poll_options as o')
    .innerJoin('polls as p', 'p.id', 'o.poll_id')
    .select(['o.device_id', 'o.created_at'])
    .where('p.council_id', '=', councilId)
    .where('o.device_id', 'in', window.deviceIds)
    .where('o.status', 'in', SENT)
    .where('o.created_at', '>=', window.from)
    .where('o.created_at', '<=', window.to)
    .execute();
  return countSamePhone(
    items,
    near.flatMap((n) => (n.device_id ? [{ deviceId: n.device_id, createdAt: n.created_at }] : [])),
  );
}

export const pollSafeguarding: SafeguardingSource = {
  kind: 'poll-suggestion',
  noun: 'That name idea',
  queue: (db, councilId) =>
    db
      .selectFrom('poll_options as o')
      .innerJoin('polls as pl', 'pl.id', 'o.poll_id')
      .select([sql<SafeguardingKind>`${sql.lit('poll-suggestion')}`.as('kind'), 'o.id', 'o.created_at'])
      .where('pl.council_id', '=', councilId)
      .where('o.status', '=', 'safeguarding'),
  async load(db, councilId, ids) {
    if (ids.length === 0) return [];
    const ideas = await db
      .selectFrom('poll_options as o')
      .innerJoin('polls as p', 'p.id', 'o.poll_id')
      .select(['o.id', 'o.label', 'o.created_at', 'o.device_id', 'o.withdrawn_at', 'p.question'])
      .where('p.council_id', '=', councilId)
      .where('o.id', 'in', [...ids])
      .execute();
    const marks = await samePhone(
      db,
      councilId,
      ideas.map((o) => ({ id: o.id, deviceId: o.device_id, createdAt: o.created_at })),
    );
    return ideas.map((o) => ({
      id: o.id,
      text: o.label,
      context: parseText(o.question).en,
      districtName: null,
      createdAt: o.created_at,
      samePhone: marks.get(o.id) ?? null,
      takenBackAt: o.withdrawn_at,
    }));
  },
  async state(db, councilId, id) {
    const row = await db
      .selectFrom('poll_options as o')
      .innerJoin('polls as p', 'p.id', 'o.poll_id')
      .select('o.status')
      .where('o.id', '=', id)
      .where('p.council_id', '=', councilId)
      .executeTakeFirst();
    if (!row) return 'missing';
    return row.status === 'safeguarding' ? 'yes' : 'not-in-queue';
  },
  sender: (db, id) => db.selectFrom('poll_options').select(['id', 'op_id', 'device_id']).where('id', '=', id).executeTakeFirst(),
};
