// Merging one theme into another: its posts (those young people may still see) and the feed items citing it move over.
import { audit } from '../../../lib/audit';
import { badRequest, notFound } from '../../../lib/errors';
import type { AppDeps, StaffAuth } from '../../../lib/route';
import type { Ports } from '../../../ports/ports';
import { recordChanges } from '../../../sync/change-log';
import type { Trx } from '../../../db/schema';
import { addPostsToTheme, touchPosts } from './theme-posts';
import { themeView } from './themes';

/** Feed items that cited the merged theme now cite this one (once). Answers the items that changed. */
async function moveCitations(trx: Trx, fromId: string, toId: string): Promise<string[]> {
  const cites = await trx
    .selectFrom('feed_item_sources')
    .select('feed_item_id')
    .where('kind', '=', 'theme')
    .where('source_id', '=', fromId)
    .execute();
  for (const c of cites) {
    const citing = (q: string) =>
      trx
        .selectFrom('feed_item_sources')
        .select('source_id')
        .where('feed_item_id', '=', c.feed_item_id)
        .where('kind', '=', 'theme')
        .where('source_id', '=', q);
    const both = await citing(toId).executeTakeFirst();
    const old = { feed_item_id: c.feed_item_id, source_id: fromId };
    if (both)
      await trx
        .deleteFrom('feed_item_sources')
        .where('feed_item_id', '=', old.feed_item_id)
        .where('kind', '=', 'theme')
        .where('source_id', '=', fromId)
        .execute();
    else
      await trx
        .updateTable('feed_item_sources')
        .set({ source_id: toId })
        .where('feed_item_id', '=', old.feed_item_id)
        .where('kind', '=', 'theme')
        .where('source_id', '=', fromId)
        .execute();
  }
  return cites.map((c) => c.feed_item_id);
}

export async function mergeThemes(deps: AppDeps, ports: Ports, staff: StaffAuth, intoId: string, fromId: string) {
  if (fromId === intoId) throw badRequest('invalid-input', 'fromThemeId: a theme cannot be merged into itself.');
  const now = deps.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const themes = await trx
      .selectFrom('themes')
      .select('id')
      .where('council_id', '=', staff.councilId)
      .where('id', 'in', [intoId, fromId])
      .execute();
    if (themes.length !== 2) throw notFound('That theme');
    // Posts hidden since they were themed stay out of young people's sight and are not carried over.
    const themed = await trx.selectFrom('theme_posts').select('post_id').where('theme_id', '=', fromId).execute();
    const facts = await ports.posts.facts(
      trx,
      staff.councilId,
      themed.map((t) => t.post_id),
    );
    const visible = new Set(facts.filter((p) => p.status === 'pending' || p.status === 'published').map((p) => p.id));
    const postIds = themed.map((t) => t.post_id).filter((id) => visible.has(id));
    const changes = await addPostsToTheme(trx, ports.posts, staff.councilId, intoId, postIds, now);
    const cited = await moveCitations(trx, fromId, intoId);
    await trx.deleteFrom('themes').where('id', '=', fromId).execute();
    await recordChanges(trx, [
      { councilId: staff.councilId, collection: 'themes', entityId: fromId },
      { councilId: staff.councilId, collection: 'themes', entityId: intoId },
      ...cited.map((id) => ({ councilId: staff.councilId, collection: 'feedItems' as const, entityId: id })),
      ...changes,
    ]);
    await touchPosts(trx, ports.posts, staff.councilId, postIds, []);
    await audit(
      trx,
      { councilId: staff.councilId, staffId: staff.staffId, action: 'theme.merge', entity: 'theme', entityId: intoId, detail: { from: fromId } },
      deps.now(),
    );
  });
  return themeView(deps, ports, staff.councilId, intoId);
}
