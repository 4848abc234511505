// Staff make themes, rename them, and add or remove posts; each change is audited and reaches the phones concerned.
import type { LocalizedText } from '../../../../shared/text';
import type { StaffThemeView } from '../../../../shared/feed-staff';
import { newId } from '../../../../shared/ids';
import type { Trx } from '../../../db/schema';
import { audit } from '../../../lib/audit';
import { notFound } from '../../../lib/errors';
import type { AppDeps, StaffAuth } from '../../../lib/route';
import type { Ports } from '../../../ports/ports';
import { recordChanges } from '../../../sync/change-log';
import { addPostsToTheme, touchPosts } from './theme-posts';
import { loadThemeViews } from './theme-views';

export async function themeView(deps: AppDeps, ports: Ports, councilId: string, id: string): Promise<StaffThemeView | undefined> {
  return (await loadThemeViews(deps.db, ports.posts, councilId, [id]))[0];
}

async function requireTheme(trx: Trx, councilId: string, id: string): Promise<void> {
  const theme = await trx.selectFrom('themes').select('id').where('id', '=', id).where('council_id', '=', councilId).executeTakeFirst();
  if (!theme) throw notFound('That theme');
}

export async function createTheme(deps: AppDeps, ports: Ports, staff: StaffAuth, body: { title: LocalizedText; postIds: string[] }) {
  const now = deps.now().toISOString();
  const id = newId();
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('themes')
      .values({ id, council_id: staff.councilId, title: JSON.stringify(body.title), created_at: now, updated_at: now })
      .execute();
    const changes = await addPostsToTheme(trx, ports.posts, staff.councilId, id, body.postIds, now);
    await recordChanges(trx, [{ councilId: staff.councilId, collection: 'themes', entityId: id }, ...changes]);
    await audit(
      trx,
      {
        councilId: staff.councilId,
        staffId: staff.staffId,
        action: 'theme.create',
        entity: 'theme',
        entityId: id,
        detail: { posts: body.postIds.length },
      },
      deps.now(),
    );
  });
  return themeView(deps, ports, staff.councilId, id);
}

export async function renameTheme(deps: AppDeps, ports: Ports, staff: StaffAuth, id: string, title: LocalizedText) {
  await deps.db.transaction().execute(async (trx) => {
    const res = await trx
      .updateTable('themes')
      .set({ title: JSON.stringify(title), updated_at: deps.now().toISOString() })
      .where('id', '=', id)
      .where('council_id', '=', staff.councilId)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) === 0) throw notFound('That theme');
    await recordChanges(trx, [{ councilId: staff.councilId, collection: 'themes', entityId: id }]);
    await audit(trx, { councilId: staff.councilId, staffId: staff.staffId, action: 'theme.rename', entity: 'theme', entityId: id }, deps.now());
  });
  return themeView(deps, ports, staff.councilId, id);
}

export async function addThemePosts(deps: AppDeps, ports: Ports, staff: StaffAuth, id: string, postIds: string[]) {
  const now = deps.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await requireTheme(trx, staff.councilId, id);
    // Phones whose posts joined a theme that is already answered learn of the answer too.
    await recordChanges(trx, await addPostsToTheme(trx, ports.posts, staff.councilId, id, postIds, now));
    await audit(
      trx,
      {
        councilId: staff.councilId,
        staffId: staff.staffId,
        action: 'theme.posts.add',
        entity: 'theme',
        entityId: id,
        detail: { posts: postIds.length },
      },
      deps.now(),
    );
  });
  return themeView(deps, ports, staff.councilId, id);
}

export async function removeThemePost(deps: AppDeps, ports: Ports, staff: StaffAuth, id: string, postId: string) {
  await deps.db.transaction().execute(async (trx) => {
    await requireTheme(trx, staff.councilId, id);
    const res = await trx.deleteFrom('theme_posts').where('theme_id', '=', id).where('post_id', '=', postId).executeTakeFirst();
    if (Number(res.numDeletedRows) === 0) throw notFound('That post in this theme');
    await touchPosts(trx, ports.posts, staff.councilId, [postId], []);
    await audit(
      trx,
      { councilId: staff.councilId, staffId: staff.staffId, action: 'theme.posts.remove', entity: 'theme', entityId: id, detail: { postId } },
      deps.now(),
    );
  });
  return themeView(deps, ports, staff.councilId, id);
}
