// Which posts are in which theme, and telling the phones that sent them when their theme or its answer moves.
import type { Db, Trx } from '../../../db/schema';
import { badRequest } from '../../../lib/errors';
import type { PostDirectory } from '../../../ports/posts';
import { myItemChange, recordChanges, type Change } from '../../../sync/change-log';

/**
 * Adds posts to a theme. Only this council's pending or published posts: a post in the safeguarding queue never
 * becomes part of anything young people can see. Returns the change-log entries for the posters' phones.
 */
export async function addPostsToTheme(
  trx: Trx,
  posts: PostDirectory,
  councilId: string,
  themeId: string,
  postIds: string[],
  now: string,
): Promise<Change[]> {
  if (postIds.length === 0) return [];
  const unique = [...new Set(postIds)];
  const found = await posts.facts(trx, councilId, unique);
  const missing = unique.filter((id) => !found.some((p) => p.id === id));
  if (missing.length > 0) throw badRequest('invalid-input', `postIds: ${missing.length} of these posts are not in your council.`);
  const blocked = found.filter((p) => p.status !== 'pending' && p.status !== 'published');
  if (blocked.length > 0) throw badRequest('invalid-input', 'postIds: hidden and safeguarding posts cannot be part of a theme.');
  const already = new Set(
    (await trx.selectFrom('theme_posts').select('post_id').where('theme_id', '=', themeId).where('post_id', 'in', unique).execute()).map(
      (r) => r.post_id,
    ),
  );
  const fresh = found.filter((p) => !already.has(p.id));
  if (fresh.length > 0) {
    await trx
      .insertInto('theme_posts')
      .values(fresh.map((p) => ({ theme_id: themeId, post_id: p.id, added_at: now })))
      .execute();
  }
  return fresh.flatMap((p) => myItemChange(councilId, { id: p.id, op_id: p.opId, device_id: p.deviceId }));
}

/** The posts of these ids and of these themes that a phone sent: each phone hears its own post's journey moved. */
export async function touchPosts(
  trx: Trx,
  posts: PostDirectory,
  councilId: string,
  postIds: readonly string[],
  themeIds: readonly string[],
): Promise<void> {
  const ids = new Set(postIds);
  if (themeIds.length > 0) {
    for (const t of await trx
      .selectFrom('theme_posts')
      .select('post_id')
      .where('theme_id', 'in', [...themeIds])
      .execute())
      ids.add(t.post_id);
  }
  if (ids.size === 0) return;
  const sent = (await posts.facts(trx, councilId, [...ids])).filter((p) => p.deviceId !== null);
  await recordChanges(
    trx,
    sent.flatMap((p) => myItemChange(councilId, { id: p.id, op_id: p.opId, device_id: p.deviceId })),
  );
}

/** The posts a feed item answers, directly or through a theme. */
export async function answeredBy(db: Db, feedItemId: string): Promise<{ postIds: string[]; themeIds: string[] }> {
  const sources = await db.selectFrom('feed_item_sources').select(['kind', 'source_id']).where('feed_item_id', '=', feedItemId).execute();
  return {
    postIds: sources.filter((s) => s.kind === 'post').map((s) => s.source_id),
    themeIds: sources.filter((s) => s.kind === 'theme').map((s) => s.source_id),
  };
}
