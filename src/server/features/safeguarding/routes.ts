// The safeguarding queue: wall posts and name ideas that may be a disclosure of harm, newest first, with what staff
// did about each. Every look and every record is in the audit log; the words of a young person never are.
import { newId } from '../../../shared/ids';
import {
  safeguardingActionSchema,
  safeguardingListQuerySchema,
  type SafeguardingActionView,
  type SafeguardingKind,
  type SafeguardingPage,
} from '../../../shared/safeguarding';
import type { Role } from '../../../shared/staff';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { audit } from '../../lib/audit';
import { conflict, notFound } from '../../lib/errors';
import { staffRoute, type RouteDef } from '../../lib/route';
import { loadSafeguardingPage } from './queue';
import { myItemChange, recordChanges } from '../../sync/change-log';

/** The roles that moderate what young people write, and so see and act on the safeguarding queue. */
const QUEUE: readonly Role[] = ['moderator', 'participation', 'admin'];
async function isInQueue(db: Kysely<Database>, councilId: string, kind: SafeguardingKind, id: string): Promise<'yes' | 'not-in-queue' | 'missing'> {
  const row =
    kind === 'wall-post'
      ? await db.selectFrom('wall_posts').select('status').where('id', '=', id).where('council_id', '=', councilId).executeTakeFirst()
      : await db
          .selectFrom('poll_options as o')
          .innerJoin('polls as p', 'p.id', 'o.poll_id')
          .select('o.status')
          .where('o.id', '=', id)
          .where('p.council_id', '=', councilId)
          .executeTakeFirst();
  if (!row) return 'missing';
  return row.status === 'safeguarding' ? 'yes' : 'not-in-queue';
}

export const safeguardingRoutes: readonly RouteDef[] = [
  staffRoute(QUEUE, {
    method: 'GET',
    url: '/api/v1/staff/safeguarding',
    query: safeguardingListQuerySchema,
    handler: async ({ staff, deps, query }): Promise<SafeguardingPage> => {
      const page = await loadSafeguardingPage(deps.db, staff.councilId, query);
      await audit(
        deps.db,
        {
          councilId: staff.councilId,
          staffId: staff.staffId,
          action: 'safeguarding.view',
          entity: 'safeguarding',
          entityId: null,
          detail: { page: page.page, shown: page.items.length, total: page.total, waiting: page.waiting },
        },
        deps.now(),
      );
      return page;
    },
  }),

  staffRoute(QUEUE, {
    method: 'POST',
    url: '/api/v1/staff/safeguarding/actions',
    body: safeguardingActionSchema,
    status: 201,
    handler: async ({ staff, deps, body }) => {
      return deps.db.transaction().execute(async (trx) => {
        const found = await isInQueue(trx, staff.councilId, body.kind, body.id);
        if (found === 'missing') throw notFound(body.kind === 'wall-post' ? 'That post' : 'That name idea');
        if (found === 'not-in-queue') throw conflict('not-in-queue', 'That is not in the safeguarding queue.');
        const id = newId();
        const at = deps.now().toISOString();
        await trx
          .insertInto('safeguarding_actions')
          .values({ id, council_id: staff.councilId, kind: body.kind, item_id: body.id, staff_id: staff.staffId, note: body.note, at })
          .execute();
        // Only now may the phone that sent it say a person has read it (never what they did): it hears on its next pull.
        const sender =
          body.kind === 'wall-post'
            ? await trx.selectFrom('wall_posts').select(['id', 'op_id', 'device_id']).where('id', '=', body.id).executeTakeFirst()
            : await trx.selectFrom('poll_options').select(['id', 'op_id', 'device_id']).where('id', '=', body.id).executeTakeFirst();
        if (sender) await recordChanges(trx, myItemChange(staff.councilId, sender));
        await audit(
          trx,
          { councilId: staff.councilId, staffId: staff.staffId, action: 'safeguarding.action', entity: body.kind === 'wall-post' ? 'wall_post' : 'poll_option', entityId: body.id, detail: { actionId: id } },
          deps.now(),
        );
        const me = await trx.selectFrom('staff').select('name').where('id', '=', staff.staffId).executeTakeFirstOrThrow();
        const action: SafeguardingActionView = { id, at, staffName: me.name, note: body.note };
        return { action };
      });
    },
  }),
];
