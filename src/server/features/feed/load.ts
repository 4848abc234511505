// Loading feed items with their sources and timeline, and working out which posts a feed item answers.
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { FeedItem, FeedSource } from '../../../shared/feed';
import type { StaffFeedItemView } from '../../../shared/feed-staff';
import type { LocalizedText } from '../../../shared/text';
import type { Database } from '../../db/schema';
import type { FeedItemsTable } from '../../db/tables/feed';

type Db = Kysely<Database> | Transaction<Database>;
const parse = (json: string) => JSON.parse(json) as LocalizedText;

interface Extras {
  sources: Map<string, FeedSource[]>;
  updates: Map<string, StaffFeedItemView['updates']>;
}

async function loadExtras(db: Db, ids: string[]): Promise<Extras> {
  const sources = new Map<string, FeedSource[]>();
  const updates = new Map<string, StaffFeedItemView['updates']>();
  if (ids.length === 0) return { sources, updates };
  const srcRows = await db.selectFrom('feed_item_sources').selectAll().where('feed_item_id', 'in', ids).orderBy('position').execute();
  for (const r of srcRows) {
    const list = sources.get(r.feed_item_id) ?? [];
    // Withdrawn words (moved to safeguarding, or taken back) are never sent again: the source says only that.
    list.push({ kind: r.kind, id: r.source_id, ...(r.withdrawn_at ? { withdrawn: true as const } : r.quote ? { quote: r.quote } : {}) });
    sources.set(r.feed_item_id, list);
  }
  const updRows = await db.selectFrom('feed_updates').selectAll().where('feed_item_id', 'in', ids).orderBy('at').orderBy('id').execute();
  for (const r of updRows) {
    const list = updates.get(r.feed_item_id) ?? [];
    list.push({ id: r.id, at: r.at, status: r.status, text: parse(r.text) });
    updates.set(r.feed_item_id, list);
  }
  return { sources, updates };
}

/** Published items as devices see them (no reactions, no authors). */
export async function loadFeedItems(db: Db, councilId: string, ids: string[]): Promise<FeedItem[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('feed_items')
    .selectAll()
    .where('council_id', '=', councilId)
    .where('state', '=', 'published')
    .where('id', 'in', ids)
    .execute();
  const extras = await loadExtras(db, rows.map((r) => r.id));
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
  let q = db.selectFrom('feed_items as f').leftJoin('districts as d', 'd.id', 'f.district_id').selectAll('f').select('d.name as district_name').where('f.council_id', '=', councilId);
  if (filter.ids) {
    if (filter.ids.length === 0) return [];
    q = q.where('f.id', 'in', filter.ids);
  }
  if (filter.state && filter.state !== 'all') q = q.where('f.state', '=', filter.state);
  const rows = await q.orderBy('f.updated_at', 'desc').limit(1000).execute();
  const ids = rows.map((r) => r.id);
  const extras = await loadExtras(db, ids);
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
  return rows.map((r) => toStaffView(r, r.district_name, extras, counts.get(r.id)));
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

/** For each post: the themes it is in, and the published feed items that cite it or one of its themes. */
export async function postLinks(db: Db, postIds: string[]): Promise<Map<string, { themeIds: string[]; feedItemIds: string[]; at: string | null }>> {
  const out = new Map<string, { themeIds: string[]; feedItemIds: string[]; at: string | null }>();
  for (const id of postIds) out.set(id, { themeIds: [], feedItemIds: [], at: null });
  if (postIds.length === 0) return out;
  const later = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);
  const themed = await db.selectFrom('theme_posts').select(['post_id', 'theme_id', 'added_at']).where('post_id', 'in', postIds).execute();
  const themeIds = [...new Set(themed.map((t) => t.theme_id))];
  const cites = await db
    .selectFrom('feed_item_sources as s')
    .innerJoin('feed_items as f', 'f.id', 's.feed_item_id')
    .select(['s.kind', 's.source_id', 'f.id', 'f.updated_at'])
    .where('f.state', '=', 'published')
    .where((eb) =>
      eb.or([
        eb.and([eb('s.kind', '=', 'post'), eb('s.source_id', 'in', postIds)]),
        ...(themeIds.length > 0 ? [eb.and([eb('s.kind', '=', 'theme'), eb('s.source_id', 'in', themeIds)])] : []),
      ]),
    )
    .execute();
  for (const t of themed) {
    const link = out.get(t.post_id)!;
    link.themeIds.push(t.theme_id);
    link.at = later(link.at, t.added_at);
  }
  for (const c of cites) {
    const posts = c.kind === 'post' ? [c.source_id] : themed.filter((t) => t.theme_id === c.source_id).map((t) => t.post_id);
    for (const p of posts) {
      const link = out.get(p);
      if (!link) continue;
      if (!link.feedItemIds.includes(c.id)) link.feedItemIds.push(c.id);
      link.at = later(link.at, c.updated_at);
    }
  }
  return out;
}

/** The phones whose own posts a feed item answers (directly or through a theme), with those posts. */
export async function answeredPosts(db: Db, feedItemId: string): Promise<PostOfDevice[]> {
  const sources = await db.selectFrom('feed_item_sources').select(['kind', 'source_id']).where('feed_item_id', '=', feedItemId).execute();
  const postIds = sources.filter((s) => s.kind === 'post').map((s) => s.source_id);
  const themeIds = sources.filter((s) => s.kind === 'theme').map((s) => s.source_id);
  return postsWithDevices(db, postIds, themeIds);
}

/** A post sent from a phone: opId is what the phone's own item is keyed by (see change-log.ts myItemChange). */
export interface PostOfDevice {
  postId: string;
  deviceId: string;
  opId: string | null;
}

export async function postsWithDevices(db: Db, postIds: string[], themeIds: string[]): Promise<PostOfDevice[]> {
  const ids = new Set(postIds);
  if (themeIds.length > 0) {
    for (const t of await db.selectFrom('theme_posts').select('post_id').where('theme_id', 'in', themeIds).execute()) ids.add(t.post_id);
  }
  if (ids.size === 0) return [];
  const rows = await db.selectFrom('wall_posts').select(['id', 'device_id', 'op_id']).where('id', 'in', [...ids]).where('device_id', 'is not', null).execute();
  return rows.map((r) => ({ postId: r.id, deviceId: r.device_id!, opId: r.op_id }));
}
