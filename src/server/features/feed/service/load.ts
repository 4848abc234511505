// Loading feed items with their sources and timeline, as phones and as staff see them.
import type { Selectable } from 'kysely';
import type { FeedItem, FeedSource } from '../../../../shared/feed';
import type { StaffFeedItemView } from '../../../../shared/feed-staff';
import { districtNames } from '../../../council/district-names';
import type { Db } from '../../../db/schema';
import type { FeedItemsTable } from '../../../db/tables/feed';
import { parseText as parse } from '../../../lib/json-column';

interface Extras {
  sources: Map<string, FeedSource[]>;
  updates: Map<string, StaffFeedItemView['updates']>;
}

/** The sources and timelines of the council's items `ids`, read at once (one statement in a pull, db/batched-reads.ts). */
async function loadExtras(db: Db, councilId: string, ids: readonly string[]): Promise<Extras> {
  const sources = new Map<string, FeedSource[]>();
  const updates = new Map<string, StaffFeedItemView['updates']>();
  if (ids.length === 0) return { sources, updates };
  // Through their item, so only this council's.
  const ofCouncil = db
    .selectFrom('feed_items')
    .select('id')
    .where('council_id', '=', councilId)
    .where('id', 'in', [...ids]);
  const [srcRows, updRows] = await Promise.all([
    db.selectFrom('feed_item_sources').selectAll().where('feed_item_id', 'in', ofCouncil).orderBy('position').execute(),
    db.selectFrom('feed_updates').selectAll().where('feed_item_id', 'in', ofCouncil).orderBy('at').orderBy('id').execute(),
  ]);
  for (const r of srcRows) {
    const list = sources.get(r.feed_item_id) ?? [];
    // Withdrawn words (moved to safeguarding, or taken back) are never sent again: the source says only that.
    list.push({ kind: r.kind, id: r.source_id, ...(r.withdrawn_at ? { withdrawn: true as const } : r.quote ? { quote: r.quote } : {}) });
    sources.set(r.feed_item_id, list);
  }
  for (const r of updRows) {
    const list = updates.get(r.feed_item_id) ?? [];
    list.push({ id: r.id, at: r.at, status: r.status, text: parse(r.text) });
    updates.set(r.feed_item_id, list);
  }
  return { sources, updates };
}

/** Published items as devices see them (no reactions, no authors). */
export async function loadFeedItems(db: Db, councilId: string, ids: readonly string[]): Promise<FeedItem[]> {
  if (ids.length === 0) return [];
  // The items and their extras at once: the extras of an item that is not published are read and not sent.
  const [rows, extras] = await Promise.all([
    db
      .selectFrom('feed_items')
      .selectAll()
      .where('council_id', '=', councilId)
      .where('state', '=', 'published')
      .where('id', 'in', [...ids])
      .execute(),
    loadExtras(db, councilId, ids),
  ]);
  return rows.map((r) => ({
    id: r.id,
    said: parse(r.said),
    did: parse(r.did),
    status: r.status,
    cantDoReason: r.cant_do_reason ? parse(r.cant_do_reason) : null,
    districtId: r.district_id,
    responsible: r.responsible,
    startOn: r.start_on,
    dueOn: r.due_on,
    publishedAt: r.published_at ?? r.created_at,
    updatedAt: r.updated_at,
    updates: extras.updates.get(r.id) ?? [],
    sources: extras.sources.get(r.id) ?? [],
  }));
}

/** Items as staff see them, with reaction counts and district names. */
export async function loadStaffFeedItems(
  db: Db,
  councilId: string,
  filter: { ids?: string[]; state?: 'draft' | 'published' | 'all' },
): Promise<StaffFeedItemView[]> {
  let q = db.selectFrom('feed_items as f').selectAll('f').where('f.council_id', '=', councilId);
  if (filter.ids) {
    if (filter.ids.length === 0) return [];
    q = q.where('f.id', 'in', filter.ids);
  }
  if (filter.state && filter.state !== 'all') q = q.where('f.state', '=', filter.state);
  const rows = await q.orderBy('f.updated_at', 'desc').limit(1000).execute();
  const ids = rows.map((r) => r.id);
  const extras = await loadExtras(db, councilId, ids);
  const counts = new Map<string, { helps: number; notEnough: number }>();
  if (ids.length > 0) {
    const rs = await db
      .selectFrom('feed_reactions')
      .select(['item_id', 'reaction', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('item_id', 'in', ids)
      .groupBy(['item_id', 'reaction'])
      .execute();
    for (const r of rs) {
      const c = counts.get(r.item_id) ?? { helps: 0, notEnough: 0 };
      if (r.reaction === 'helps') c.helps = Number(r.n);
      else c.notEnough = Number(r.n);
      counts.set(r.item_id, c);
    }
  }
  const districts = await districtNames(db, councilId);
  return rows.map((r) => toStaffView(r, r.district_id ? (districts.get(r.district_id) ?? null) : null, extras, counts.get(r.id)));
}

function toStaffView(
  r: Selectable<FeedItemsTable>,
  districtName: string | null,
  extras: Extras,
  reactions = { helps: 0, notEnough: 0 },
): StaffFeedItemView {
  return {
    id: r.id,
    state: r.state,
    said: parse(r.said),
    did: parse(r.did),
    status: r.status,
    cantDoReason: r.cant_do_reason ? parse(r.cant_do_reason) : null,
    districtId: r.district_id,
    districtName,
    responsible: r.responsible,
    startOn: r.start_on,
    dueOn: r.due_on,
    createdAt: r.created_at,
    publishedAt: r.published_at,
    updatedAt: r.updated_at,
    sources: extras.sources.get(r.id) ?? [],
    updates: extras.updates.get(r.id) ?? [],
    reactions,
  };
}
