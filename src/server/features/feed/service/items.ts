// Feed items: a draft is edited freely; once published an item changes only by a dated update, and each change
// reaches every phone and the phones whose words it answers.
import type { FeedItemCreate, FeedItemDraftUpdate, FeedItemUpdateCreate, StaffFeedItemView } from '../../../../shared/feed-staff';
import { newId } from '../../../../shared/ids';
import { isCouncilDistrict } from '../../../council/load';
import type { Trx } from '../../../db/schema';
import { audit } from '../../../lib/audit';
import { badRequest, conflict, notFound } from '../../../lib/errors';
import { parseText } from '../../../lib/json-column';
import type { AppDeps, StaffAuth } from '../../../lib/route';
import type { Ports } from '../../../ports/ports';
import { recordChanges } from '../../../sync/change-log';
import { checkSources, writeSources } from './item-sources';
import { loadStaffFeedItems } from './load';
import { answeredBy, touchPosts } from './theme-posts';

const json = (v: unknown) => JSON.stringify(v);

async function checkDistrict(trx: Trx, councilId: string, districtId: string | null | undefined) {
  if (!districtId) return;
  if (!(await isCouncilDistrict(trx, councilId, districtId)))
    throw badRequest('invalid-input', 'districtId: that district is not part of your council.');
}

export async function loadItem(deps: AppDeps, councilId: string, id: string): Promise<StaffFeedItemView> {
  const [item] = await loadStaffFeedItems(deps.db, councilId, { ids: [id] });
  if (!item) throw notFound('That item');
  return item;
}

export async function createItem(
  trx: Trx,
  ports: Ports,
  author: { councilId: string; staffId: string },
  body: FeedItemCreate,
  now: string,
  state: 'draft' | 'published',
): Promise<string> {
  await checkDistrict(trx, author.councilId, body.districtId);
  await checkSources(trx, ports, author.councilId, body.sources);
  const id = newId();
  await trx
    .insertInto('feed_items')
    .values({
      id,
      council_id: author.councilId,
      state,
      said: json(body.said),
      did: json(body.did),
      status: body.status,
      cant_do_reason: body.status === 'cant-do' && body.cantDoReason ? json(body.cantDoReason) : null,
      district_id: body.districtId,
      responsible: body.responsible,
      start_on: body.startOn,
      due_on: body.dueOn,
      created_at: now,
      created_by: author.staffId,
      published_at: state === 'published' ? now : null,
      updated_at: now,
    })
    .execute();
  await writeSources(trx, id, body.sources);
  return id;
}

/** A published item (or one just changed) reaches every phone, and the phones whose words it answers. */
async function announce(trx: Trx, ports: Ports, councilId: string, itemId: string) {
  await recordChanges(trx, [{ councilId, collection: 'feedItems', entityId: itemId }]);
  const answered = await answeredBy(trx, itemId);
  await touchPosts(trx, ports.posts, councilId, answered.postIds, answered.themeIds);
}

export async function createDraft(deps: AppDeps, ports: Ports, staff: StaffAuth, body: FeedItemCreate): Promise<StaffFeedItemView> {
  const now = deps.now().toISOString();
  const id = await deps.db.transaction().execute(async (trx) => {
    const created = await createItem(trx, ports, staff, body, now, 'draft');
    await audit(
      trx,
      { councilId: staff.councilId, staffId: staff.staffId, action: 'feed.item.create', entity: 'feed_item', entityId: created },
      deps.now(),
    );
    return created;
  });
  return loadItem(deps, staff.councilId, id);
}

export async function editDraft(deps: AppDeps, ports: Ports, staff: StaffAuth, id: string, body: FeedItemDraftUpdate): Promise<StaffFeedItemView> {
  await deps.db.transaction().execute(async (trx) => {
    const item = await trx.selectFrom('feed_items').selectAll().where('id', '=', id).where('council_id', '=', staff.councilId).executeTakeFirst();
    if (!item) throw notFound('That item');
    if (item.state !== 'draft') throw conflict('published', 'A published item is not rewritten: add an update instead.');
    const status = body.status ?? item.status;
    const reason = body.cantDoReason !== undefined ? body.cantDoReason : item.cant_do_reason ? parseText(item.cant_do_reason) : null;
    if (status === 'cant-do' && !reason) throw badRequest('invalid-input', "cantDoReason: say why it can't be done.");
    if (body.districtId !== undefined) await checkDistrict(trx, staff.councilId, body.districtId);
    if (body.sources) {
      await checkSources(trx, ports, staff.councilId, body.sources, id);
      await writeSources(trx, id, body.sources);
    }
    await trx
      .updateTable('feed_items')
      .set({
        ...(body.said ? { said: json(body.said) } : {}),
        ...(body.did ? { did: json(body.did) } : {}),
        status,
        cant_do_reason: status === 'cant-do' && reason ? json(reason) : null,
        ...(body.districtId !== undefined ? { district_id: body.districtId } : {}),
        ...(body.responsible ? { responsible: body.responsible } : {}),
        ...(body.startOn !== undefined ? { start_on: body.startOn } : {}),
        ...(body.dueOn !== undefined ? { due_on: body.dueOn } : {}),
        updated_at: deps.now().toISOString(),
      })
      .where('id', '=', id)
      .execute();
    await audit(
      trx,
      {
        councilId: staff.councilId,
        staffId: staff.staffId,
        action: 'feed.item.edit-draft',
        entity: 'feed_item',
        entityId: id,
        detail: { changed: Object.keys(body) },
      },
      deps.now(),
    );
  });
  return loadItem(deps, staff.councilId, id);
}

export async function publishItem(deps: AppDeps, ports: Ports, staff: StaffAuth, id: string): Promise<StaffFeedItemView> {
  const now = deps.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const item = await trx
      .selectFrom('feed_items')
      .select(['id', 'state'])
      .where('id', '=', id)
      .where('council_id', '=', staff.councilId)
      .executeTakeFirst();
    if (!item) throw notFound('That item');
    if (item.state === 'published') throw conflict('already-published', 'This item is already published.');
    await trx.updateTable('feed_items').set({ state: 'published', published_at: now, updated_at: now }).where('id', '=', id).execute();
    await announce(trx, ports, staff.councilId, id);
    await audit(
      trx,
      { councilId: staff.councilId, staffId: staff.staffId, action: 'feed.item.publish', entity: 'feed_item', entityId: id },
      deps.now(),
    );
  });
  return loadItem(deps, staff.councilId, id);
}

export async function addUpdate(deps: AppDeps, ports: Ports, staff: StaffAuth, id: string, body: FeedItemUpdateCreate): Promise<StaffFeedItemView> {
  const now = deps.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const item = await trx
      .selectFrom('feed_items')
      .select(['id', 'state'])
      .where('id', '=', id)
      .where('council_id', '=', staff.councilId)
      .executeTakeFirst();
    if (!item) throw notFound('That item');
    if (item.state !== 'published') throw conflict('draft', 'Publish the item first; a draft can simply be edited.');
    await trx
      .insertInto('feed_updates')
      .values({ id: newId(), feed_item_id: id, at: now, status: body.status, text: json(body.text), created_by: staff.staffId })
      .execute();
    await trx
      .updateTable('feed_items')
      .set({
        status: body.status,
        cant_do_reason: body.status === 'cant-do' && body.cantDoReason ? json(body.cantDoReason) : null,
        ...(body.dueOn !== undefined ? { due_on: body.dueOn } : {}),
        updated_at: now,
      })
      .where('id', '=', id)
      .execute();
    await announce(trx, ports, staff.councilId, id);
    await audit(
      trx,
      {
        councilId: staff.councilId,
        staffId: staff.staffId,
        action: 'feed.item.update',
        entity: 'feed_item',
        entityId: id,
        detail: { status: body.status },
      },
      deps.now(),
    );
  });
  return loadItem(deps, staff.councilId, id);
}
