// Staff routes of the wall: prompts, the moderation queue and decisions (the safeguarding queue is its own feature).
import { newId } from '../../../shared/ids';
import type { Role } from '../../../shared/staff';
import {
  decisionSchema,
  idParamsSchema,
  postListQuerySchema,
  promptCreateSchema,
  promptUpdateSchema,
  type HidePhoneResult,
} from '../../../shared/wall-staff';
import { audit } from '../../lib/audit';
import { badRequest, conflict, notFound } from '../../lib/errors';
import { staffRoute, type AppDeps, type RouteDef } from '../../lib/route';
import { isPostgres, myItemChange, recordChanges } from '../../sync/change-log';
import { councilSafetyTerms, isCouncilDistrict } from '../../council/load';
import { toWallPrompt } from './map';
import { checkPost, hasDoubt, hideWaitingFromPhone, loadPostPage } from './moderation';
import { withdrawWords } from './withdraw';

const WALL: readonly Role[] = ['moderator', 'participation', 'admin'];

async function checkDistrict(deps: AppDeps, councilId: string, districtId: string | null | undefined) {
  if (!districtId) return;
  if (!(await isCouncilDistrict(deps.db, councilId, districtId))) throw badRequest('invalid-input', 'districtId: that district is not part of your council.');
}

export const wallRoutes: readonly RouteDef[] = [
  staffRoute(WALL, {
    method: 'GET',
    url: '/api/v1/staff/wall/prompts',
    handler: async ({ staff, deps }) => {
      const rows = await deps.db.selectFrom('wall_prompts').selectAll().where('council_id', '=', staff.councilId).orderBy('sort_order').execute();
      return { prompts: rows.map(toWallPrompt) };
    },
  }),

  staffRoute(WALL, {
    method: 'POST',
    url: '/api/v1/staff/wall/prompts',
    body: promptCreateSchema,
    status: 201,
    handler: async ({ staff, deps, body }) => {
      await checkDistrict(deps, staff.councilId, body.districtId);
      const now = deps.now().toISOString();
      const id = newId();
      return deps.db.transaction().execute(async (trx) => {
        const max = await trx
          .selectFrom('wall_prompts')
          .select((eb) => eb.fn.max('sort_order').as('m'))
          .where('council_id', '=', staff.councilId)
          .executeTakeFirst();
        const row = {
          id,
          council_id: staff.councilId,
          kind: body.kind,
          text: JSON.stringify(body.text),
          district_id: body.districtId,
          open: body.open ? 1 : 0,
          sort_order: body.sortOrder ?? Number(max?.m ?? 0) + 1,
          created_at: now,
          updated_at: now,
        };
        await trx.insertInto('wall_prompts').values(row).execute();
        await recordChanges(trx, [{ councilId: staff.councilId, collection: 'wallPrompts', entityId: id }]);
        await audit(trx, { councilId: staff.councilId, staffId: staff.staffId, action: 'wall.prompt.create', entity: 'wall_prompt', entityId: id }, deps.now());
        return toWallPrompt(row);
      });
    },
  }),

  staffRoute(WALL, {
    method: 'PATCH',
    url: '/api/v1/staff/wall/prompts/:id',
    params: idParamsSchema,
    body: promptUpdateSchema,
    handler: async ({ staff, deps, params, body }) => {
      await checkDistrict(deps, staff.councilId, body.districtId);
      return deps.db.transaction().execute(async (trx) => {
        const existing = await trx.selectFrom('wall_prompts').selectAll().where('id', '=', params.id).where('council_id', '=', staff.councilId).executeTakeFirst();
        if (!existing) throw notFound('That prompt');
        const next = {
          ...existing,
          ...(body.text ? { text: JSON.stringify(body.text) } : {}),
          ...(body.districtId !== undefined ? { district_id: body.districtId } : {}),
          ...(body.open !== undefined ? { open: body.open ? 1 : 0 } : {}),
          ...(body.sortOrder !== undefined ? { sort_order: body.sortOrder } : {}),
          updated_at: deps.now().toISOString(),
        };
        await trx.updateTable('wall_prompts').set(next).where('id', '=', params.id).execute();
        await recordChanges(trx, [{ councilId: staff.councilId, collection: 'wallPrompts', entityId: params.id }]);
        await audit(
          trx,
          { councilId: staff.councilId, staffId: staff.staffId, action: 'wall.prompt.update', entity: 'wall_prompt', entityId: params.id, detail: { changed: Object.keys(body) } },
          deps.now(),
        );
        return toWallPrompt(next);
      });
    },
  }),

  staffRoute(WALL, {
    method: 'GET',
    url: '/api/v1/staff/wall/posts',
    query: postListQuerySchema,
    // Paged, never cut off: a post sent after a flood is on the first page of newest first.
    handler: ({ staff, deps, query }) => loadPostPage(deps.db, staff.councilId, query),
  }),

  staffRoute(WALL, {
    method: 'POST',
    url: '/api/v1/staff/wall/posts/:id/decision',
    params: idParamsSchema,
    body: decisionSchema,
    handler: async ({ staff, deps, params, body }) => {
      const now = deps.now().toISOString();
      return deps.db.transaction().execute(async (trx) => {
        // Locked while decided (PostgreSQL), so a young person's take-back arriving at the same moment waits for this
        // decision and then sees it, instead of one undoing the other.
        const post = await trx
          .selectFrom('wall_posts')
          .selectAll()
          .where('id', '=', params.id)
          .where('council_id', '=', staff.councilId)
          .$if(isPostgres(trx), (q) => q.forUpdate())
          .executeTakeFirst();
        if (!post) throw notFound('That post');
        const flags = JSON.parse(post.flags) as { personalDetails?: string[] };
        // A post in the safeguarding queue stays there: staff record what they did in the queue, never decide it away.
        if (post.status === 'safeguarding') throw conflict('safeguarding', 'A post in the safeguarding queue is never published or hidden.');
        if (post.status === 'withdrawn') throw conflict('withdrawn', 'The young person took this post back, so it is not there any more.');
        if (body.action === 'approve') {
          if (post.status === 'published') throw conflict('already-published', 'This post is already on the wall.');
          if (!body.text && (flags.personalDetails?.length ?? 0) > 0 && !body.confirmNoDetails) {
            throw conflict('personal-details', 'This post may have personal details. Edit them out, or confirm you checked it.');
          }
          // Moderation is the last line: a post the safety check has any doubt about (as written, or as edited) is
          // published only when a person confirms they read it and it is not about harm.
          const extraTerms = await councilSafetyTerms(trx, staff.councilId);
          const doubtful = (text: string) => hasDoubt(checkPost(text, { extraTerms }));
          if (!body.confirmDoubt && (doubtful(post.text) || (body.text !== undefined && doubtful(body.text)))) {
            throw conflict('confirm-doubt', 'The safety check has doubts about this post. Read it again, then confirm it is not about harm, or move it to safeguarding.');
          }
        }
        const status = body.action === 'approve' ? 'published' : body.action === 'hide' ? 'hidden' : 'safeguarding';
        await trx
          .updateTable('wall_posts')
          .set({
            status,
            published_text: body.action === 'approve' ? (body.text ?? post.text) : null,
            decided_at: now,
            decided_by: staff.staffId,
            decision_reason: body.action === 'approve' ? null : (body.reason ?? null),
            decision_category: body.action === 'hide' ? body.category : null,
          })
          .where('id', '=', post.id)
          .execute();
        await recordChanges(trx, [
          { councilId: staff.councilId, collection: 'wallPosts', entityId: post.id },
          ...myItemChange(staff.councilId, post),
        ]);
        // Words moved to safeguarding or hidden leave every quote and theme page too, whatever state they were in
        // (a post hidden late for personal details must not stay quoted on every phone).
        if (status !== 'published') {
          await withdrawWords(trx, { councilId: staff.councilId, kind: 'wall-post', id: post.id, cause: status, staffId: staff.staffId, now: deps.now() });
        }
        await audit(
          trx,
          {
            councilId: staff.councilId,
            staffId: staff.staffId,
            action: `wall.post.${body.action}`,
            entity: 'wall_post',
            entityId: post.id,
            detail: {
              from: post.status,
              ...(body.action === 'approve' ? { edited: body.text !== undefined && body.text !== post.text } : { reason: body.reason }),
            },
          },
          deps.now(),
        );
        return { id: post.id, status };
      });
    },
  }),

  staffRoute(WALL, {
    method: 'POST',
    url: '/api/v1/staff/wall/posts/:id/hide-phone',
    params: idParamsSchema,
    handler: async ({ staff, deps, params }): Promise<HidePhoneResult> => {
      return deps.db.transaction().execute(async (trx) => {
        const post = await trx.selectFrom('wall_posts').select(['id', 'device_id']).where('id', '=', params.id).where('council_id', '=', staff.councilId).executeTakeFirst();
        if (!post) throw notFound('That post');
        if (!post.device_id) throw conflict('no-phone', 'This post was not sent from a phone.');
        const hidden = await hideWaitingFromPhone(trx, { councilId: staff.councilId, deviceId: post.device_id, staffId: staff.staffId, now: deps.now() });
        // One entry for the whole flood: how many, never their words or the phone.
        await audit(
          trx,
          { councilId: staff.councilId, staffId: staff.staffId, action: 'wall.post.hide-phone', entity: 'wall_post', entityId: post.id, detail: { count: hidden } },
          deps.now(),
        );
        return { hidden };
      });
    },
  }),
];
