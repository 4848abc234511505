// The safeguarding queue: wall posts and name ideas that may be a disclosure of harm, newest first, with what staff
// did about each. Every look and every record is in the audit log; the words of a young person never are.
import { newId } from '../../../shared/ids';
import {
  safeguardingActionSchema,
  type SafeguardingActionView,
  type SafeguardingItemView,
  type SafeguardingKind,
} from '../../../shared/safeguarding';
import type { Role } from '../../../shared/staff';
import type { LocalizedText } from '../../../shared/text';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { audit } from '../../lib/audit';
import { conflict, notFound } from '../../lib/errors';
import { staffRoute, type RouteDef } from '../../lib/route';
import { myItemChange, recordChanges } from '../../sync/change-log';

/** The roles that moderate what young people write, and so see and act on the safeguarding queue. */
const QUEUE: readonly Role[] = ['moderator', 'participation', 'admin'];
/** How many items already dealt with the queue shows (newest first). Items still waiting are always all shown. */
const DEALT_WITH_SHOWN = 200;

const english = (json: string): string => (JSON.parse(json) as LocalizedText).en;

async function loadActions(db: Kysely<Database>, councilId: string): Promise<Map<string, SafeguardingActionView[]>> {
  const rows = await db
    .selectFrom('safeguarding_actions as a')
    .innerJoin('staff as s', 's.id', 'a.staff_id')
    .select(['a.id', 'a.kind', 'a.item_id', 'a.note', 'a.at', 's.name as staff_name'])
    .where('a.council_id', '=', councilId)
    .orderBy('a.at', 'asc')
    .orderBy('a.id', 'asc')
    .execute();
  const byItem = new Map<string, SafeguardingActionView[]>();
  for (const r of rows) {
    const key = `${r.kind}:${r.item_id}`;
    byItem.set(key, [...(byItem.get(key) ?? []), { id: r.id, at: r.at, staffName: r.staff_name, note: r.note }]);
  }
  return byItem;
}

export async function loadSafeguardingQueue(db: Kysely<Database>, councilId: string): Promise<SafeguardingItemView[]> {
  const [posts, ideas, actions] = await Promise.all([
    db
      .selectFrom('wall_posts as p')
      .innerJoin('wall_prompts as q', 'q.id', 'p.prompt_id')
      .leftJoin('districts as d', 'd.id', 'p.district_id')
      .select(['p.id', 'p.text', 'p.created_at', 'q.text as context', 'd.name as district_name'])
      .where('p.council_id', '=', councilId)
      .where('p.status', '=', 'safeguarding')
      .orderBy('p.created_at', 'desc')
      .execute(),
    db
      .selectFrom('poll_options as o')
      .innerJoin('polls as p', 'p.id', 'o.poll_id')
      .select(['o.id', 'o.label', 'o.created_at', 'p.question'])
      .where('p.council_id', '=', councilId)
      .where('o.status', '=', 'safeguarding')
      .orderBy('o.created_at', 'desc')
      .execute(),
    loadActions(db, councilId),
  ]);
  const items: SafeguardingItemView[] = [
    ...posts.map((p) => ({
      kind: 'wall-post' as const,
      id: p.id,
      text: p.text,
      context: english(p.context),
      districtName: p.district_name,
      createdAt: p.created_at,
      actions: actions.get(`wall-post:${p.id}`) ?? [],
    })),
    ...ideas.map((o) => ({
      kind: 'poll-suggestion' as const,
      id: o.id,
      text: o.label,
      context: english(o.question),
      districtName: null,
      createdAt: o.created_at,
      actions: actions.get(`poll-suggestion:${o.id}`) ?? [],
    })),
  ];
  // Still waiting for someone to act first, all of them; then the most recent of those dealt with. Newest first.
  const newest = (a: SafeguardingItemView, b: SafeguardingItemView) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id);
  return [
    ...items.filter((i) => i.actions.length === 0).sort(newest),
    ...items.filter((i) => i.actions.length > 0).sort(newest).slice(0, DEALT_WITH_SHOWN),
  ];
}

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
    handler: async ({ staff, deps }) => {
      const items = await loadSafeguardingQueue(deps.db, staff.councilId);
      await audit(
        deps.db,
        {
          councilId: staff.councilId,
          staffId: staff.staffId,
          action: 'safeguarding.view',
          entity: 'safeguarding',
          entityId: null,
          detail: { count: items.length, waiting: items.filter((i) => i.actions.length === 0).length },
        },
        deps.now(),
      );
      return { items };
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
