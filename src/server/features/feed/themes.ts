// Themes: staff group what young people said on the wall ("Too many changes of social worker"), from Yes more and
// No more alike, and see how many posts and me-toos each gathered, by district and by month.
import type { Kysely, Transaction } from 'kysely';
import type { StaffThemeDetail, StaffThemeView } from '../../../shared/feed-staff';
import type { LocalizedText } from '../../../shared/text';
import type { Database } from '../../db/schema';
import { badRequest } from '../../lib/errors';
import { myItemChange, recordChanges, type Change } from '../../sync/change-log';
import type { PostOfDevice } from './load';

type Db = Kysely<Database> | Transaction<Database>;

export async function loadThemeViews(db: Db, councilId: string, onlyIds?: string[]): Promise<StaffThemeView[]> {
  let q = db.selectFrom('themes').selectAll().where('council_id', '=', councilId);
  if (onlyIds) {
    if (onlyIds.length === 0) return [];
    q = q.where('id', 'in', onlyIds);
  }
  const themes = await q.orderBy('created_at', 'desc').execute();
  if (themes.length === 0) return [];
  const ids = themes.map((t) => t.id);
  const posts = await db
    .selectFrom('theme_posts as tp')
    .innerJoin('wall_posts as p', 'p.id', 'tp.post_id')
    .leftJoin('districts as d', 'd.id', 'p.district_id')
    .select(['tp.theme_id', 'p.me_too', 'p.created_at', 'p.district_id', 'd.name as district_name'])
    .where('tp.theme_id', 'in', ids)
    .execute();
  const cites = await db
    .selectFrom('feed_item_sources')
    .select(['source_id', 'feed_item_id'])
    .where('kind', '=', 'theme')
    .where('source_id', 'in', ids)
    .execute();
  return themes.map((t) => {
    const mine = posts.filter((p) => p.theme_id === t.id);
    const byDistrict = new Map<string, StaffThemeView['byDistrict'][number]>();
    const byMonth = new Map<string, StaffThemeView['byMonth'][number]>();
    for (const p of mine) {
      const key = p.district_id ?? '';
      const d = byDistrict.get(key) ?? { districtId: p.district_id, districtName: p.district_name, posts: 0, meToo: 0 };
      d.posts += 1;
      d.meToo += Number(p.me_too);
      byDistrict.set(key, d);
      const month = p.created_at.slice(0, 7);
      const m = byMonth.get(month) ?? { month, posts: 0, meToo: 0 };
      m.posts += 1;
      m.meToo += Number(p.me_too);
      byMonth.set(month, m);
    }
    return {
      id: t.id,
      title: JSON.parse(t.title) as LocalizedText,
      createdAt: t.created_at,
      posts: mine.length,
      meToo: mine.reduce((n, p) => n + Number(p.me_too), 0),
      byDistrict: [...byDistrict.values()].sort((a, b) => (a.districtName ?? '').localeCompare(b.districtName ?? '')),
      byMonth: [...byMonth.values()].sort((a, b) => a.month.localeCompare(b.month)),
      feedItemIds: [...new Set(cites.filter((c) => c.source_id === t.id).map((c) => c.feed_item_id))],
    };
  });
}

export async function loadThemeDetail(db: Db, councilId: string, themeId: string): Promise<StaffThemeDetail | undefined> {
  const [view] = await loadThemeViews(db, councilId, [themeId]);
  if (!view) return undefined;
  const rows = await db
    .selectFrom('theme_posts as tp')
    .innerJoin('wall_posts as p', 'p.id', 'tp.post_id')
    .innerJoin('wall_prompts as q', 'q.id', 'p.prompt_id')
    .leftJoin('districts as d', 'd.id', 'p.district_id')
    .select(['p.id', 'p.text', 'p.published_text', 'p.status', 'p.me_too', 'p.created_at', 'q.kind', 'q.text as prompt_text', 'd.name as district_name'])
    .where('tp.theme_id', '=', themeId)
    .orderBy('p.created_at')
    .execute();
  return {
    ...view,
    postList: rows.map((r) => {
      // Words moved to the safeguarding queue (or taken back) are withdrawn here: only the audited queue shows them.
      const withdrawn = r.status === 'safeguarding' || r.status === 'withdrawn';
      return {
        id: r.id,
        text: withdrawn ? '' : r.text,
        publishedText: withdrawn ? null : r.published_text,
        status: withdrawn ? ('withdrawn' as const) : (r.status as 'pending' | 'published' | 'hidden'),
        promptKind: r.kind,
        promptText: (JSON.parse(r.prompt_text) as LocalizedText).en,
        districtName: r.district_name,
        meToo: Number(r.me_too),
        createdAt: r.created_at,
      };
    }),
  };
}

/**
 * Adds posts to a theme. Only this council's pending or published posts: a post in the safeguarding queue never
 * becomes part of anything young people can see. Returns the change-log entries for the posters' phones.
 */
export async function addPostsToTheme(trx: Transaction<Database>, councilId: string, themeId: string, postIds: string[], now: string): Promise<Change[]> {
  if (postIds.length === 0) return [];
  const unique = [...new Set(postIds)];
  const posts = await trx.selectFrom('wall_posts').select(['id', 'status', 'device_id', 'op_id']).where('council_id', '=', councilId).where('id', 'in', unique).execute();
  const missing = unique.filter((id) => !posts.some((p) => p.id === id));
  if (missing.length > 0) throw badRequest('invalid-input', `postIds: ${missing.length} of these posts are not in your council.`);
  const blocked = posts.filter((p) => p.status !== 'pending' && p.status !== 'published');
  if (blocked.length > 0) throw badRequest('invalid-input', 'postIds: hidden and safeguarding posts cannot be part of a theme.');
  const already = new Set(
    (await trx.selectFrom('theme_posts').select('post_id').where('theme_id', '=', themeId).where('post_id', 'in', unique).execute()).map((r) => r.post_id),
  );
  const fresh = posts.filter((p) => !already.has(p.id));
  if (fresh.length > 0) {
    await trx.insertInto('theme_posts').values(fresh.map((p) => ({ theme_id: themeId, post_id: p.id, added_at: now }))).execute();
  }
  return fresh.flatMap((p) => myItemChange(councilId, p));
}

export async function touchPostsOf(trx: Transaction<Database>, councilId: string, posts: PostOfDevice[]): Promise<void> {
  await recordChanges(
    trx,
    posts.flatMap((p) => myItemChange(councilId, { id: p.postId, op_id: p.opId, device_id: p.deviceId })),
  );
}
