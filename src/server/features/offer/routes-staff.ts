// Staff authoring of the local offer: admins and participation officers write drafts; only admins publish and retire
// (they see the statutory checks first). Every route reads and writes this council's items only.
import { z } from 'zod';
import { OFFER_EDIT_ROLES, OFFER_PUBLISH_ROLES, offerItemInputSchema, offerPublishSchema, offerRetireSchema } from '../../../shared/offer-staff';
import { listCouncilStaff } from '../../auth/staff-store';
import type { Db } from '../../db/schema';
import { notFound } from '../../lib/errors';
import { staffRoute, type RouteDef } from '../../lib/route';
import { loadHistory } from './service/history';
import { checksFor, publishItem, retireItem } from './service/publish';
import { loadItem, loadItems, toStaffItem } from './service/store';
import { createItem, updateItem } from './service/write';

const BASE = '/api/v1/staff/offer';
const idParams = z.object({ id: z.string().min(1).max(64) });

async function staffNames(db: Db, councilId: string): Promise<Map<string, string>> {
  return new Map((await listCouncilStaff(db, councilId)).map((s) => [s.id, s.name]));
}

export function offerStaffRoutes(): readonly RouteDef[] {
  return [
    staffRoute(OFFER_EDIT_ROLES, {
      method: 'GET',
      url: BASE,
      handler: async ({ staff, deps }) => {
        const now = deps.now();
        const [items, names, checks] = [
          await loadItems(deps.db, staff.councilId),
          await staffNames(deps.db, staff.councilId),
          await checksFor(deps.db, staff.councilId, now, null),
        ];
        return { items: items.map((i) => toStaffItem(i, now, names)), checks };
      },
    }),
    staffRoute(OFFER_EDIT_ROLES, {
      method: 'POST',
      url: BASE,
      body: offerItemInputSchema,
      status: 201,
      handler: async ({ staff, deps, body }) => {
        const item = await createItem(deps, staff, body);
        return { item: toStaffItem(item, deps.now(), await staffNames(deps.db, staff.councilId)) };
      },
    }),
    staffRoute(OFFER_EDIT_ROLES, {
      method: 'PUT',
      url: `${BASE}/:id`,
      params: idParams,
      body: offerItemInputSchema,
      handler: async ({ staff, deps, params, body }) => {
        const item = await updateItem(deps, staff, params.id, body);
        return { item: toStaffItem(item, deps.now(), await staffNames(deps.db, staff.councilId)) };
      },
    }),
    staffRoute(OFFER_PUBLISH_ROLES, {
      method: 'POST',
      url: `${BASE}/:id/publish`,
      params: idParams,
      body: offerPublishSchema,
      handler: async ({ staff, deps, params, body, reply }) => {
        const outcome = await publishItem(deps, staff, params.id, body);
        if (!outcome.published) {
          void reply.code(409);
          return {
            code: 'checks-not-acknowledged',
            message: 'The offer would not meet the checks below. Look at them, then publish again to go ahead.',
            checks: outcome.checks,
          };
        }
        const names = await staffNames(deps.db, staff.councilId);
        return { item: toStaffItem(outcome.item, deps.now(), names), changes: outcome.changes, checks: outcome.checks };
      },
    }),
    staffRoute(OFFER_PUBLISH_ROLES, {
      method: 'POST',
      url: `${BASE}/:id/retire`,
      params: idParams,
      body: offerRetireSchema,
      handler: async ({ staff, deps, params, body }) => {
        const item = await retireItem(deps, staff, params.id, body.reason);
        return { item: toStaffItem(item, deps.now(), await staffNames(deps.db, staff.councilId)) };
      },
    }),
    staffRoute(OFFER_EDIT_ROLES, {
      method: 'GET',
      url: `${BASE}/:id/history`,
      params: idParams,
      handler: async ({ staff, deps, params }) => {
        if (!(await loadItem(deps.db, staff.councilId, params.id))) throw notFound('That offer item');
        return { versions: await loadHistory(deps.db, staff.councilId, params.id, await staffNames(deps.db, staff.councilId)) };
      },
    }),
  ];
}
