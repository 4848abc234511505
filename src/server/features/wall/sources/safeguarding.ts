// The wall's part of the safeguarding queue: posts that may be a disclosure, read and acted on by the queue without
// the queue reading the wall's tables.
import { sql } from 'kysely';
import type { SafeguardingKind } from '../../../../shared/safeguarding';
import { districtNames } from '../../../council/district-names';
import type { Db } from '../../../db/schema';
import { parseText } from '../../../lib/json-column';
import { countSamePhone, neighbourWindow, type PhoneItem } from '../../../lib/same-phone';
import type { SafeguardingSource } from '../../../ports/safeguarding';

/** The statuses of something a phone sent (a post the young person took back is not counted). */
const SENT = ['pending', 'published', 'hidden', 'safeguarding'] as const;

async function samePhone(db: Db, councilId: string, items: PhoneItem[]): Promise<Map<string, number>> {
  const window = neighbourWindow(items);
  if (!window) return new Map();
  const near = await db
    .selectFrom('wall_posts')
    .select(['device_id', 'created_at'])
    .where('council_id', '=', councilId)
    .where('device_id', 'in', window.deviceIds)
    .where('status', 'in', SENT)
    .where('created_at', '>=', window.from)
    .where('created_at', '<=', window.to)
    .execute();
  return countSamePhone(
    items,
    near.flatMap((n) => (n.device_id ? [{ deviceId: n.device_id, createdAt: n.created_at }] : [])),
  );
}

export const wallSafeguarding: SafeguardingSource = {
  kind: 'wall-post',
  noun: 'That post',
  queue: (db, councilId) =>
    db
      .selectFrom('wall_posts as p')
      .select([sql<SafeguardingKind>`${sql.lit('wall-post')}`.as('kind'), 'p.id', 'p.created_at'])
      .where('p.council_id', '=', councilId)
      .where('p.status', '=', 'safeguarding'),
  async load(db, councilId, ids) {
    if (ids.length === 0) return [];
    const posts = await db
      .selectFrom('wall_posts as p')
      .innerJoin('wall_prompts as q', 'q.id', 'p.prompt_id')
      .select(['p.id', 'p.text', 'p.created_at', 'p.device_id', 'p.district_id', 'p.withdrawn_at', 'q.text as context'])
      .where('p.council_id', '=', councilId)
      .where('p.id', 'in', [...ids])
      .execute();
    const marks = await samePhone(
      db,
      councilId,
      posts.map((p) => ({ id: p.id, deviceId: p.device_id, createdAt: p.created_at })),
    );
    const districts = await districtNames(db, councilId);
    return posts.map((p) => ({
      id: p.id,
      text: p.text,
      context: parseText(p.context).en,
      districtName: p.district_id ? (districts.get(p.district_id) ?? null) : null,
      createdAt: p.created_at,
      samePhone: marks.get(p.id) ?? null,
      takenBackAt: p.withdrawn_at,
    }));
  },
  async state(db, councilId, id) {
    const row = await db.selectFrom('wall_posts').select('status').where('id', '=', id).where('council_id', '=', councilId).executeTakeFirst();
    if (!row) return 'missing';
    return row.status === 'safeguarding' ? 'yes' : 'not-in-queue';
  },
  sender: (db, id) => db.selectFrom('wall_posts').select(['id', 'op_id', 'device_id']).where('id', '=', id).executeTakeFirst(),
};
