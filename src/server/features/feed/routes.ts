// Staff routes of "you said, we did": themes, feed items (draft → published; a published item changes only by a
// dated update), the district log with its CSV export, and language polls.
import type { Transaction } from 'kysely';
import { z } from 'zod';
import {
  feedItemCreateSchema,
  feedItemDraftUpdateSchema,
  feedItemUpdateCreateSchema,
  feedListQuerySchema,
  feedLogQuerySchema,
  pollAdoptSchema,
  pollCreateSchema,
  pollOptionDecisionSchema,
  pollOptionParamsSchema,
  pollUpdateSchema,
  themeCreateSchema,
  themeMergeSchema,
  themePostsSchema,
  themeUpdateSchema,
  type FeedItemCreate,
  type FeedLogRow,
  type StaffPollView,
} from '../../../shared/feed-staff';
import type { FeedSource } from '../../../shared/feed';
import { assessText } from '../../../shared/safety/assess-text';
import { newId, uuidSchema } from '../../../shared/ids';
import type { Role } from '../../../shared/staff';
import type { LocalizedText } from '../../../shared/text';
import { idParamsSchema } from '../../../shared/wall-staff';
import type { Database } from '../../db/schema';
import { audit } from '../../lib/audit';
import { badRequest, conflict, notFound } from '../../lib/errors';
import { staffRoute, type AppDeps, type RouteDef, type StaffAuth } from '../../lib/route';
import { isPostgres, myItemChange, recordChanges } from '../../sync/change-log';
import { councilSafetyTerms, isCouncilDistrict, updateCouncilSettingsJson } from '../../council/load';
import { toCsv } from './csv';
import { answeredPosts, loadStaffFeedItems, postsWithDevices } from './load';
import { addPostsToTheme, loadThemeDetail, loadThemeViews, touchPostsOf } from './themes';

const FEED: readonly Role[] = ['moderator', 'participation', 'admin'];
const themeParams = z.object({ id: uuidSchema });
const themePostParams = z.object({ id: uuidSchema, postId: uuidSchema });
const json = (v: unknown) => JSON.stringify(v);
type Trx = Transaction<Database>;

async function checkDistrict(trx: Trx, councilId: string, districtId: string | null | undefined) {
  if (!districtId) return;
  if (!(await isCouncilDistrict(trx, councilId, districtId))) throw badRequest('invalid-input', 'districtId: that district is not part of your council.');
}

/** Post sources of an item whose words were withdrawn (they may stay cited, without words, when a draft is saved). */
async function withdrawnSources(trx: Trx, itemId: string | undefined): Promise<Map<string, string>> {
  if (!itemId) return new Map();
  const rows = await trx.selectFrom('feed_item_sources').select(['source_id', 'withdrawn_at']).where('feed_item_id', '=', itemId).where('kind', '=', 'post').where('withdrawn_at', 'is not', null).execute();
  return new Map(rows.map((r) => [r.source_id, r.withdrawn_at!]));
}

/** Every source must exist in this council: a theme, a post on the wall (approved by a moderator), or a poll. */
async function checkSources(trx: Trx, councilId: string, sources: readonly FeedSource[], itemId?: string) {
  const withdrawn = await withdrawnSources(trx, itemId);
  for (const s of sources) {
    if (s.kind === 'post' && withdrawn.has(s.id)) continue;
    let found: { id: string } | undefined;
    if (s.kind === 'theme') {
      found = await trx.selectFrom('themes').select('id').where('id', '=', s.id).where('council_id', '=', councilId).executeTakeFirst();
    } else if (s.kind === 'post') {
      found = await trx
        .selectFrom('wall_posts')
        .select('id')
        .where('id', '=', s.id)
        .where('council_id', '=', councilId)
        // Only words a moderator approved can be quoted: a published item reaches every phone.
        .where('status', '=', 'published')
        .executeTakeFirst();
    } else if (s.kind === 'poll') {
      found = await trx.selectFrom('polls').select('id').where('id', '=', s.id).where('council_id', '=', councilId).executeTakeFirst();
    } else {
      throw badRequest('invalid-input', `sources: ${s.kind} sources arrive with their feature and cannot be cited yet.`);
    }
    if (!found) throw badRequest('invalid-input', `sources: that ${s.kind} is not part of your council, or is private.`);
  }
}

async function writeSources(trx: Trx, itemId: string, sources: readonly FeedSource[]) {
  // A withdrawn post stays withdrawn when a draft is saved again: its words can never come back as a quote.
  const withdrawn = await withdrawnSources(trx, itemId);
  await trx.deleteFrom('feed_item_sources').where('feed_item_id', '=', itemId).execute();
  const seen = new Set<string>();
  const rows = sources
    .filter((s) => !seen.has(`${s.kind}:${s.id}`) && seen.add(`${s.kind}:${s.id}`))
    .map((s, i) => {
      const gone = s.kind === 'post' ? (withdrawn.get(s.id) ?? null) : null;
      return { feed_item_id: itemId, kind: s.kind, source_id: s.id, quote: gone ? null : (s.quote ?? null), position: i, withdrawn_at: gone };
    });
  if (rows.length > 0) await trx.insertInto('feed_item_sources').values(rows).execute();
}

async function loadItem(deps: AppDeps, staff: StaffAuth, id: string) {
  const [item] = await loadStaffFeedItems(deps.db, staff.councilId, { ids: [id] });
  if (!item) throw notFound('That item');
  return item;
}

async function createItem(trx: Trx, staff: StaffAuth, body: FeedItemCreate, now: string, state: 'draft' | 'published') {
  await checkDistrict(trx, staff.councilId, body.districtId);
  await checkSources(trx, staff.councilId, body.sources);
  const id = newId();
  await trx
    .insertInto('feed_items')
    .values({
      id,
      council_id: staff.councilId,
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
      created_by: staff.staffId,
      published_at: state === 'published' ? now : null,
      updated_at: now,
    })
    .execute();
  await writeSources(trx, id, body.sources);
  return id;
}

/** A published item (or one just changed) reaches every phone, and the phones whose words it answers. */
async function announce(trx: Trx, councilId: string, itemId: string) {
  await recordChanges(trx, [{ councilId, collection: 'feedItems', entityId: itemId }]);
  await touchPostsOf(trx, councilId, await answeredPosts(trx, itemId));
}

/** A myItems change for each phone that suggested a name in the poll, so its journey shows what happened. */
async function suggesterChanges(trx: Trx, councilId: string, pollId: string) {
  const suggested = await trx.selectFrom('poll_options').select(['id', 'device_id', 'op_id']).where('poll_id', '=', pollId).where('device_id', 'is not', null).execute();
  return suggested.flatMap((o) => myItemChange(councilId, o));
}

async function loadPollViews(deps: AppDeps, councilId: string, onlyId?: string): Promise<StaffPollView[]> {
  let q = deps.db.selectFrom('polls').selectAll().where('council_id', '=', councilId);
  if (onlyId) q = q.where('id', '=', onlyId);
  const polls = await q.orderBy('created_at', 'desc').execute();
  if (polls.length === 0) return [];
  const options = await deps.db
    .selectFrom('poll_options')
    .select(['id', 'poll_id', 'label', 'status', 'device_id', 'votes'])
    .where('poll_id', 'in', polls.map((p) => p.id))
    .orderBy('sort_order')
    .execute();
  return polls.map((p) => ({
    id: p.id,
    term: p.term,
    question: JSON.parse(p.question) as LocalizedText,
    open: p.open === 1,
    createdAt: p.created_at,
    adoptedOptionId: p.adopted_option_id,
    feedItemId: p.feed_item_id,
    options: options.flatMap((o) =>
      // A name idea taken back is in no staff list; one that may be about harm is only in the safeguarding queue.
      o.poll_id === p.id && o.status !== 'safeguarding' && o.status !== 'withdrawn'
        ? [{ id: o.id, label: o.label, status: o.status, suggested: o.device_id !== null, votes: Number(o.votes) }]
        : [],
    ),
    keptPrivate: options.filter((o) => o.poll_id === p.id && o.status === 'safeguarding').length,
  }));
}

async function loadPollView(deps: AppDeps, councilId: string, id: string): Promise<StaffPollView> {
  const [poll] = await loadPollViews(deps, councilId, id);
  if (!poll) throw notFound('That poll');
  return poll;
}

export const feedRoutes: readonly RouteDef[] = [
  // ---- Themes ----
  staffRoute(FEED, {
    method: 'GET',
    url: '/api/v1/staff/themes',
    handler: async ({ staff, deps }) => ({ themes: await loadThemeViews(deps.db, staff.councilId) }),
  }),

  staffRoute(FEED, {
    method: 'GET',
    url: '/api/v1/staff/themes/:id',
    params: themeParams,
    handler: async ({ staff, deps, params }) => {
      const theme = await loadThemeDetail(deps.db, staff.councilId, params.id);
      if (!theme) throw notFound('That theme');
      return theme;
    },
  }),

  staffRoute(FEED, {
    method: 'POST',
    url: '/api/v1/staff/themes',
    body: themeCreateSchema,
    status: 201,
    handler: async ({ staff, deps, body }) => {
      const now = deps.now().toISOString();
      const id = newId();
      await deps.db.transaction().execute(async (trx) => {
        await trx.insertInto('themes').values({ id, council_id: staff.councilId, title: json(body.title), created_at: now, updated_at: now }).execute();
        const changes = await addPostsToTheme(trx, staff.councilId, id, body.postIds, now);
        await recordChanges(trx, [{ councilId: staff.councilId, collection: 'themes', entityId: id }, ...changes]);
        await audit(trx, { councilId: staff.councilId, staffId: staff.staffId, action: 'theme.create', entity: 'theme', entityId: id, detail: { posts: body.postIds.length } }, deps.now());
      });
      return (await loadThemeViews(deps.db, staff.councilId, [id]))[0];
    },
  }),

  staffRoute(FEED, {
    method: 'PATCH',
    url: '/api/v1/staff/themes/:id',
    params: themeParams,
    body: themeUpdateSchema,
    handler: async ({ staff, deps, params, body }) => {
      await deps.db.transaction().execute(async (trx) => {
        const res = await trx
          .updateTable('themes')
          .set({ title: json(body.title), updated_at: deps.now().toISOString() })
          .where('id', '=', params.id)
          .where('council_id', '=', staff.councilId)
          .executeTakeFirst();
        if (Number(res.numUpdatedRows) === 0) throw notFound('That theme');
        await recordChanges(trx, [{ councilId: staff.councilId, collection: 'themes', entityId: params.id }]);
        await audit(trx, { councilId: staff.councilId, staffId: staff.staffId, action: 'theme.rename', entity: 'theme', entityId: params.id }, deps.now());
      });
      return (await loadThemeViews(deps.db, staff.councilId, [params.id]))[0];
    },
  }),

  staffRoute(FEED, {
    method: 'POST',
    url: '/api/v1/staff/themes/:id/posts',
    params: themeParams,
    body: themePostsSchema,
    handler: async ({ staff, deps, params, body }) => {
      const now = deps.now().toISOString();
      await deps.db.transaction().execute(async (trx) => {
        const theme = await trx.selectFrom('themes').select('id').where('id', '=', params.id).where('council_id', '=', staff.councilId).executeTakeFirst();
        if (!theme) throw notFound('That theme');
        const changes = await addPostsToTheme(trx, staff.councilId, params.id, body.postIds, now);
        await recordChanges(trx, changes);
        // Phones whose posts joined a theme that is already answered learn of the answer too.
        await audit(trx, { councilId: staff.councilId, staffId: staff.staffId, action: 'theme.posts.add', entity: 'theme', entityId: params.id, detail: { posts: body.postIds.length } }, deps.now());
      });
      return (await loadThemeViews(deps.db, staff.councilId, [params.id]))[0];
    },
  }),

  staffRoute(FEED, {
    method: 'DELETE',
    url: '/api/v1/staff/themes/:id/posts/:postId',
    params: themePostParams,
    handler: async ({ staff, deps, params }) => {
      await deps.db.transaction().execute(async (trx) => {
        const theme = await trx.selectFrom('themes').select('id').where('id', '=', params.id).where('council_id', '=', staff.councilId).executeTakeFirst();
        if (!theme) throw notFound('That theme');
        const res = await trx.deleteFrom('theme_posts').where('theme_id', '=', params.id).where('post_id', '=', params.postId).executeTakeFirst();
        if (Number(res.numDeletedRows) === 0) throw notFound('That post in this theme');
        await touchPostsOf(trx, staff.councilId, await postsWithDevices(trx, [params.postId], []));
        await audit(trx, { councilId: staff.councilId, staffId: staff.staffId, action: 'theme.posts.remove', entity: 'theme', entityId: params.id, detail: { postId: params.postId } }, deps.now());
      });
      return (await loadThemeViews(deps.db, staff.councilId, [params.id]))[0];
    },
  }),

  staffRoute(FEED, {
    method: 'POST',
    url: '/api/v1/staff/themes/:id/merge',
    params: themeParams,
    body: themeMergeSchema,
    handler: async ({ staff, deps, params, body }) => {
      if (body.fromThemeId === params.id) throw badRequest('invalid-input', 'fromThemeId: a theme cannot be merged into itself.');
      const now = deps.now().toISOString();
      await deps.db.transaction().execute(async (trx) => {
        const themes = await trx.selectFrom('themes').select('id').where('council_id', '=', staff.councilId).where('id', 'in', [params.id, body.fromThemeId]).execute();
        if (themes.length !== 2) throw notFound('That theme');
        // Posts hidden since they were themed stay out of young people's sight and are not carried over.
        const posts = await trx
          .selectFrom('theme_posts as tp')
          .innerJoin('wall_posts as p', 'p.id', 'tp.post_id')
          .select('tp.post_id')
          .where('tp.theme_id', '=', body.fromThemeId)
          .where('p.status', 'in', ['pending', 'published'])
          .execute();
        const changes = await addPostsToTheme(trx, staff.councilId, params.id, posts.map((p) => p.post_id), now);
        // Feed items that cited the merged theme now cite this one.
        const cites = await trx.selectFrom('feed_item_sources').select('feed_item_id').where('kind', '=', 'theme').where('source_id', '=', body.fromThemeId).execute();
        for (const c of cites) {
          const both = await trx.selectFrom('feed_item_sources').select('source_id').where('feed_item_id', '=', c.feed_item_id).where('kind', '=', 'theme').where('source_id', '=', params.id).executeTakeFirst();
          if (both) await trx.deleteFrom('feed_item_sources').where('feed_item_id', '=', c.feed_item_id).where('kind', '=', 'theme').where('source_id', '=', body.fromThemeId).execute();
          else await trx.updateTable('feed_item_sources').set({ source_id: params.id }).where('feed_item_id', '=', c.feed_item_id).where('kind', '=', 'theme').where('source_id', '=', body.fromThemeId).execute();
        }
        const affected = await postsWithDevices(trx, posts.map((p) => p.post_id), []);
        await trx.deleteFrom('themes').where('id', '=', body.fromThemeId).execute();
        await recordChanges(trx, [
          { councilId: staff.councilId, collection: 'themes', entityId: body.fromThemeId },
          { councilId: staff.councilId, collection: 'themes', entityId: params.id },
          ...cites.map((c) => ({ councilId: staff.councilId, collection: 'feedItems' as const, entityId: c.feed_item_id })),
          ...changes,
        ]);
        await touchPostsOf(trx, staff.councilId, affected);
        await audit(trx, { councilId: staff.councilId, staffId: staff.staffId, action: 'theme.merge', entity: 'theme', entityId: params.id, detail: { from: body.fromThemeId } }, deps.now());
      });
      return (await loadThemeViews(deps.db, staff.councilId, [params.id]))[0];
    },
  }),

  // ---- Feed items ----
  staffRoute(FEED, {
    method: 'GET',
    url: '/api/v1/staff/feed',
    query: feedListQuerySchema,
    handler: async ({ staff, deps, query }) => ({ items: await loadStaffFeedItems(deps.db, staff.councilId, { state: query.state }) }),
  }),

  staffRoute(FEED, {
    method: 'POST',
    url: '/api/v1/staff/feed',
    body: feedItemCreateSchema,
    status: 201,
    handler: async ({ staff, deps, body }) => {
      const now = deps.now().toISOString();
      const id = await deps.db.transaction().execute(async (trx) => {
        const created = await createItem(trx, staff, body, now, 'draft');
        await audit(trx, { councilId: staff.councilId, staffId: staff.staffId, action: 'feed.item.create', entity: 'feed_item', entityId: created }, deps.now());
        return created;
      });
      return loadItem(deps, staff, id);
    },
  }),

  staffRoute(FEED, {
    method: 'PATCH',
    url: '/api/v1/staff/feed/:id',
    params: idParamsSchema,
    body: feedItemDraftUpdateSchema,
    handler: async ({ staff, deps, params, body }) => {
      await deps.db.transaction().execute(async (trx) => {
        const item = await trx.selectFrom('feed_items').selectAll().where('id', '=', params.id).where('council_id', '=', staff.councilId).executeTakeFirst();
        if (!item) throw notFound('That item');
        if (item.state !== 'draft') throw conflict('published', 'A published item is not rewritten: add an update instead.');
        const status = body.status ?? item.status;
        const reason = body.cantDoReason !== undefined ? body.cantDoReason : item.cant_do_reason ? (JSON.parse(item.cant_do_reason) as LocalizedText) : null;
        if (status === 'cant-do' && !reason) throw badRequest('invalid-input', "cantDoReason: say why it can't be done.");
        if (body.districtId !== undefined) await checkDistrict(trx, staff.councilId, body.districtId);
        if (body.sources) {
          await checkSources(trx, staff.councilId, body.sources, params.id);
          await writeSources(trx, params.id, body.sources);
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
          .where('id', '=', params.id)
          .execute();
        await audit(trx, { councilId: staff.councilId, staffId: staff.staffId, action: 'feed.item.edit-draft', entity: 'feed_item', entityId: params.id, detail: { changed: Object.keys(body) } }, deps.now());
      });
      return loadItem(deps, staff, params.id);
    },
  }),

  staffRoute(FEED, {
    method: 'POST',
    url: '/api/v1/staff/feed/:id/publish',
    params: idParamsSchema,
    handler: async ({ staff, deps, params }) => {
      const now = deps.now().toISOString();
      await deps.db.transaction().execute(async (trx) => {
        const item = await trx.selectFrom('feed_items').select(['id', 'state']).where('id', '=', params.id).where('council_id', '=', staff.councilId).executeTakeFirst();
        if (!item) throw notFound('That item');
        if (item.state === 'published') throw conflict('already-published', 'This item is already published.');
        await trx.updateTable('feed_items').set({ state: 'published', published_at: now, updated_at: now }).where('id', '=', params.id).execute();
        await announce(trx, staff.councilId, params.id);
        await audit(trx, { councilId: staff.councilId, staffId: staff.staffId, action: 'feed.item.publish', entity: 'feed_item', entityId: params.id }, deps.now());
      });
      return loadItem(deps, staff, params.id);
    },
  }),

  staffRoute(FEED, {
    method: 'POST',
    url: '/api/v1/staff/feed/:id/updates',
    params: idParamsSchema,
    body: feedItemUpdateCreateSchema,
    status: 201,
    handler: async ({ staff, deps, params, body }) => {
      const now = deps.now().toISOString();
      await deps.db.transaction().execute(async (trx) => {
        const item = await trx.selectFrom('feed_items').select(['id', 'state']).where('id', '=', params.id).where('council_id', '=', staff.councilId).executeTakeFirst();
        if (!item) throw notFound('That item');
        if (item.state !== 'published') throw conflict('draft', 'Publish the item first; a draft can simply be edited.');
        await trx.insertInto('feed_updates').values({ id: newId(), feed_item_id: params.id, at: now, status: body.status, text: json(body.text), created_by: staff.staffId }).execute();
        await trx
          .updateTable('feed_items')
          .set({
            status: body.status,
            cant_do_reason: body.status === 'cant-do' && body.cantDoReason ? json(body.cantDoReason) : null,
            ...(body.dueOn !== undefined ? { due_on: body.dueOn } : {}),
            updated_at: now,
          })
          .where('id', '=', params.id)
          .execute();
        await announce(trx, staff.councilId, params.id);
        await audit(trx, { councilId: staff.councilId, staffId: staff.staffId, action: 'feed.item.update', entity: 'feed_item', entityId: params.id, detail: { status: body.status } }, deps.now());
      });
      return loadItem(deps, staff, params.id);
    },
  }),

  staffRoute([...FEED, 'iro'], {
    method: 'GET',
    url: '/api/v1/staff/feed/log',
    query: feedLogQuerySchema,
    handler: async ({ staff, deps, query, reply }) => {
      if (query.district && query.district !== 'council') {
        if (!(await isCouncilDistrict(deps.db, staff.councilId, query.district))) throw badRequest('invalid-input', 'district: that district is not part of your council.');
      }
      const items = (await loadStaffFeedItems(deps.db, staff.councilId, { state: 'published' }))
        .filter((i) => !query.district || (query.district === 'council' ? i.districtId === null : i.districtId === query.district))
        .sort((a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? ''));
      const rows: FeedLogRow[] = items.map((i) => ({
        itemId: i.id,
        district: i.districtName ?? 'Whole council',
        youSaid: i.said.en,
        weDid: [i.did.en, ...i.updates.map((u) => `${u.at.slice(0, 10)}: ${u.text.en}`)].join('\n'),
        status: i.status,
        cantDoReason: i.cantDoReason?.en ?? null,
        responsible: i.responsible,
        startOn: i.startOn,
        dueOn: i.dueOn,
        publishedAt: i.publishedAt ?? i.createdAt,
        lastUpdate: i.updatedAt,
        updates: i.updates.length,
        sources: i.sources.map((s) => (s.withdrawn ? `${s.kind}: (words withdrawn)` : s.quote ? `${s.kind}: "${s.quote}"` : `${s.kind} ${s.id}`)).join('; '),
        helps: i.reactions.helps,
        notEnough: i.reactions.notEnough,
      }));
      if (query.format === 'csv') {
        void reply.header('content-type', 'text/csv; charset=utf-8');
        void reply.header('content-disposition', `attachment; filename="you-said-we-did-${deps.now().toISOString().slice(0, 10)}.csv"`);
        return toCsv(rows);
      }
      return { rows };
    },
  }),

  // ---- Language polls ----
  staffRoute(FEED, {
    method: 'GET',
    url: '/api/v1/staff/polls',
    handler: async ({ staff, deps }) => ({ polls: await loadPollViews(deps, staff.councilId) }),
  }),

  staffRoute(FEED, {
    method: 'POST',
    url: '/api/v1/staff/polls',
    body: pollCreateSchema,
    status: 201,
    handler: async ({ staff, deps, body }) => {
      const now = deps.now().toISOString();
      const id = newId();
      await deps.db.transaction().execute(async (trx) => {
        await trx.insertInto('polls').values({ id, council_id: staff.councilId, term: body.term, question: json(body.question), open: 1, adopted_option_id: null, feed_item_id: null, created_at: now, updated_at: now }).execute();
        const labels = [...new Set(body.options)];
        await trx
          .insertInto('poll_options')
          .values(labels.map((label, i) => ({ id: newId(), poll_id: id, label, status: 'published' as const, device_id: null, flags: '{}', votes: 0, sort_order: i, created_at: now, decided_at: now })))
          .execute();
        await recordChanges(trx, [{ councilId: staff.councilId, collection: 'polls', entityId: id }]);
        await audit(trx, { councilId: staff.councilId, staffId: staff.staffId, action: 'poll.create', entity: 'poll', entityId: id, detail: { term: body.term } }, deps.now());
      });
      return loadPollView(deps, staff.councilId, id);
    },
  }),

  staffRoute(FEED, {
    method: 'PATCH',
    url: '/api/v1/staff/polls/:id',
    params: themeParams,
    body: pollUpdateSchema,
    handler: async ({ staff, deps, params, body }) => {
      await deps.db.transaction().execute(async (trx) => {
        const poll = await trx.selectFrom('polls').select(['open']).where('id', '=', params.id).where('council_id', '=', staff.councilId).executeTakeFirst();
        if (!poll) throw notFound('That poll');
        if ((poll.open === 1) === body.open) return; // no change: nothing moves on anyone's phone
        await trx.updateTable('polls').set({ open: body.open ? 1 : 0, updated_at: deps.now().toISOString() }).where('id', '=', params.id).execute();
        // Each phone that suggested a name learns the poll has closed (or opened again) on its own journey.
        await recordChanges(trx, [
          { councilId: staff.councilId, collection: 'polls', entityId: params.id },
          ...(await suggesterChanges(trx, staff.councilId, params.id)),
        ]);
        await audit(trx, { councilId: staff.councilId, staffId: staff.staffId, action: body.open ? 'poll.open' : 'poll.close', entity: 'poll', entityId: params.id }, deps.now());
      });
      return loadPollView(deps, staff.councilId, params.id);
    },
  }),

  staffRoute(FEED, {
    method: 'POST',
    url: '/api/v1/staff/polls/:id/options/:optionId/decision',
    params: pollOptionParamsSchema,
    body: pollOptionDecisionSchema,
    handler: async ({ staff, deps, params, body }) => {
      await deps.db.transaction().execute(async (trx) => {
        const option = await trx
          .selectFrom('poll_options as o')
          .innerJoin('polls as p', 'p.id', 'o.poll_id')
          .select(['o.id', 'o.status', 'o.device_id', 'o.op_id', 'o.label'])
          .where('o.id', '=', params.optionId)
          .where('o.poll_id', '=', params.id)
          .where('p.council_id', '=', staff.councilId)
          .$if(isPostgres(trx), (q) => q.forUpdate())
          .executeTakeFirst();
        if (!option) throw notFound('That choice');
        if (option.status === 'safeguarding') throw conflict('safeguarding', 'A suggestion that may be about harm is never published.');
        if (option.status === 'withdrawn') throw conflict('withdrawn', 'The young person took this suggestion back, so it is not there any more.');
        // Moderation is the last line here too: an idea the check has any doubt about (today's words and the council's
        // own) reaches every phone's poll only when a person confirms it is not about harm.
        if (body.action === 'approve' && !body.confirmDoubt) {
          const extraTerms = await councilSafetyTerms(trx, staff.councilId);
          const check = assessText(option.label, { extraTerms });
          if (check.disclosure || check.doubt !== 'none') {
            throw conflict('confirm-doubt', 'The safety check has doubts about this idea. Read it again, then confirm it is not about harm.');
          }
        }
        const status = body.action === 'approve' ? 'published' : 'hidden';
        await trx.updateTable('poll_options').set({ status, decided_at: deps.now().toISOString() }).where('id', '=', option.id).execute();
        await recordChanges(trx, [
          { councilId: staff.councilId, collection: 'polls', entityId: params.id },
          ...myItemChange(staff.councilId, option),
        ]);
        await audit(trx, { councilId: staff.councilId, staffId: staff.staffId, action: `poll.option.${body.action}`, entity: 'poll_option', entityId: option.id, detail: { from: option.status } }, deps.now());
      });
      return loadPollView(deps, staff.councilId, params.id);
    },
  }),

  staffRoute(FEED, {
    method: 'POST',
    url: '/api/v1/staff/polls/:id/adopt',
    params: themeParams,
    body: pollAdoptSchema,
    handler: async ({ staff, deps, params, body }) => {
      const now = deps.now().toISOString();
      await deps.db.transaction().execute(async (trx) => {
        const poll = await trx.selectFrom('polls').selectAll().where('id', '=', params.id).where('council_id', '=', staff.councilId).executeTakeFirst();
        if (!poll) throw notFound('That poll');
        if (poll.adopted_option_id) throw conflict('already-adopted', 'This poll already has an adopted name.');
        const option = await trx.selectFrom('poll_options').select(['id', 'label', 'status', 'device_id']).where('id', '=', body.optionId).where('poll_id', '=', params.id).executeTakeFirst();
        if (!option || option.status !== 'published') throw badRequest('invalid-input', 'optionId: choose a published option of this poll.');

        // The council's own word for the term, in English; Welsh and Arabic keep theirs until staff set them.
        await updateCouncilSettingsJson(trx, staff.councilId, (settings) => ({
          ...settings,
          vocabulary: { ...settings.vocabulary, en: { ...(settings.vocabulary.en ?? {}), [poll.term]: option.label } },
        }));

        const question = JSON.parse(poll.question) as LocalizedText;
        const itemId = await createItem(
          trx,
          staff,
          {
            said: { en: `${question.en} You said: call it "${option.label}".` },
            did: body.did,
            status: 'done',
            cantDoReason: null,
            districtId: null,
            responsible: body.responsible,
            startOn: now.slice(0, 10),
            dueOn: null,
            sources: [{ kind: 'poll', id: poll.id }],
          },
          now,
          'published',
        );
        await trx.updateTable('polls').set({ adopted_option_id: option.id, feed_item_id: itemId, open: 0, updated_at: now }).where('id', '=', poll.id).execute();
        await recordChanges(trx, [
          { councilId: staff.councilId, collection: 'council', entityId: staff.councilId },
          { councilId: staff.councilId, collection: 'polls', entityId: poll.id },
          { councilId: staff.councilId, collection: 'feedItems', entityId: itemId },
          // The chosen idea is answered; every other idea's poll has closed: each phone that suggested one hears.
          ...(await suggesterChanges(trx, staff.councilId, poll.id)),
        ]);
        await audit(trx, { councilId: staff.councilId, staffId: staff.staffId, action: 'poll.adopt', entity: 'poll', entityId: poll.id, detail: { term: poll.term, label: option.label, feedItemId: itemId } }, deps.now());
      });
      return loadPollView(deps, staff.councilId, params.id);
    },
  }),
];
