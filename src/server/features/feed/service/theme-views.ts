// Themes: staff group what young people said on the wall ("Too many changes of social worker"), from Yes more and
// No more alike, and see how many posts and me-toos each gathered, by district and by month. The posts themselves
// are the wall's: read through the posts port.
import type { StaffThemeDetail, StaffThemeView } from '../../../../shared/feed-staff';
import { districtNames } from '../../../council/district-names';
import type { Db } from '../../../db/schema';
import { parseText } from '../../../lib/json-column';
import type { PostDirectory } from '../../../ports/posts';

export async function loadThemeViews(db: Db, posts: PostDirectory, councilId: string, onlyIds?: string[]): Promise<StaffThemeView[]> {
  let q = db.selectFrom('themes').selectAll().where('council_id', '=', councilId);
  if (onlyIds) {
    if (onlyIds.length === 0) return [];
    q = q.where('id', 'in', onlyIds);
  }
  const themes = await q.orderBy('created_at', 'desc').execute();
  if (themes.length === 0) return [];
  const ids = themes.map((t) => t.id);
  const themed = await db.selectFrom('theme_posts').select(['theme_id', 'post_id']).where('theme_id', 'in', ids).execute();
  const facts = new Map(
    (
      await posts.facts(
        db,
        councilId,
        themed.map((t) => t.post_id),
      )
    ).map((p) => [p.id, p]),
  );
  const districts = await districtNames(db, councilId);
  const cites = await db
    .selectFrom('feed_item_sources')
    .select(['source_id', 'feed_item_id'])
    .where('kind', '=', 'theme')
    .where('source_id', 'in', ids)
    .execute();
  return themes.map((t) => {
    const mine = themed.filter((tp) => tp.theme_id === t.id).flatMap((tp) => facts.get(tp.post_id) ?? []);
    const byDistrict = new Map<string, StaffThemeView['byDistrict'][number]>();
    const byMonth = new Map<string, StaffThemeView['byMonth'][number]>();
    for (const p of mine) {
      const key = p.districtId ?? '';
      const districtName = p.districtId ? (districts.get(p.districtId) ?? null) : null;
      const d = byDistrict.get(key) ?? { districtId: p.districtId, districtName, posts: 0, meToo: 0 };
      d.posts += 1;
      d.meToo += p.meToo;
      byDistrict.set(key, d);
      const month = p.createdAt.slice(0, 7);
      const m = byMonth.get(month) ?? { month, posts: 0, meToo: 0 };
      m.posts += 1;
      m.meToo += p.meToo;
      byMonth.set(month, m);
    }
    return {
      id: t.id,
      title: parseText(t.title),
      createdAt: t.created_at,
      posts: mine.length,
      meToo: mine.reduce((n, p) => n + p.meToo, 0),
      byDistrict: [...byDistrict.values()].sort((a, b) => (a.districtName ?? '').localeCompare(b.districtName ?? '')),
      byMonth: [...byMonth.values()].sort((a, b) => a.month.localeCompare(b.month)),
      feedItemIds: [...new Set(cites.filter((c) => c.source_id === t.id).map((c) => c.feed_item_id))],
    };
  });
}

export async function loadThemeDetail(db: Db, posts: PostDirectory, councilId: string, themeId: string): Promise<StaffThemeDetail | undefined> {
  const [view] = await loadThemeViews(db, posts, councilId, [themeId]);
  if (!view) return undefined;
  const themed = await db.selectFrom('theme_posts').select('post_id').where('theme_id', '=', themeId).execute();
  const rows = await posts.details(
    db,
    councilId,
    themed.map((t) => t.post_id),
  );
  const districts = await districtNames(db, councilId);
  return {
    ...view,
    postList: rows.map((r) => {
      // Words moved to the safeguarding queue (or taken back) are withdrawn here: only the audited queue shows them.
      const withdrawn = r.status === 'safeguarding' || r.status === 'withdrawn';
      return {
        id: r.id,
        text: withdrawn ? '' : r.text,
        publishedText: withdrawn ? null : r.publishedText,
        status: withdrawn ? ('withdrawn' as const) : (r.status as 'pending' | 'published' | 'hidden'),
        promptKind: r.promptKind,
        promptText: r.promptText.en,
        districtName: r.districtId ? (districts.get(r.districtId) ?? null) : null,
        meToo: r.meToo,
        createdAt: r.createdAt,
      };
    }),
  };
}
