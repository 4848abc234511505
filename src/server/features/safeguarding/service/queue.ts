// Reads the safeguarding queue a page at a time: items still waiting for someone to act first, then those dealt
// with, each part newest first, so the newest disclosure is always the first item of the first page, however many
// arrive (a flood included). Nothing is cut off: every item is on some page, and the total says how many. The items
// are the domains' (wall posts, name ideas), read through the safeguarding sources; what staff did is this domain's.
import { sql } from 'kysely';
import type {
  SafeguardingActionView,
  SafeguardingItemView,
  SafeguardingKind,
  SafeguardingListQuery,
  SafeguardingPage,
} from '../../../../shared/safeguarding';
import { staffNames } from '../../../auth/staff-names';
import type { Db } from '../../../db/schema';
import type { SafeguardingSource } from '../../../ports/safeguarding';
import { loadAssignments } from './assignments';

const HOUR = 3_600_000;

/** Every item in the queue as (kind, id, time, waiting): every kind in one list that the database orders and pages. */
export function queueRows(db: Db, councilId: string, sources: readonly SafeguardingSource[]) {
  const [first, ...rest] = sources.map((s) => s.queue(db, councilId));
  if (!first) return undefined;
  const all = rest.reduce((union, next) => union.unionAll(next), first);
  const waiting = sql<number>`case when exists (select 1 from safeguarding_actions a where a.council_id = ${councilId} and a.kind = u.kind and a.item_id = u.id) then 0 else 1 end`;
  return db.selectFrom(
    db
      .selectFrom(all.as('u'))
      .select(['u.kind', 'u.id', 'u.created_at', waiting.as('waiting')])
      .as('q'),
  );
}

async function loadActions(db: Db, councilId: string, ids: readonly string[]) {
  const byItem = new Map<string, SafeguardingActionView[]>();
  if (ids.length === 0) return byItem;
  const rows = await db
    .selectFrom('safeguarding_actions as a')
    .select(['a.id', 'a.kind', 'a.item_id', 'a.note', 'a.at', 'a.staff_id'])
    .where('a.council_id', '=', councilId)
    .where('a.item_id', 'in', [...ids])
    .orderBy('a.at', 'asc')
    .orderBy('a.id', 'asc')
    .execute();
  const names = await staffNames(
    db,
    rows.map((r) => r.staff_id),
  );
  for (const r of rows) {
    const name = names.get(r.staff_id);
    if (name === undefined) continue;
    const key = `${r.kind}:${r.item_id}`;
    byItem.set(key, [...(byItem.get(key) ?? []), { id: r.id, at: r.at, staffName: name, note: r.note }]);
  }
  return byItem;
}

export async function loadSafeguardingPage(
  db: Db,
  councilId: string,
  query: SafeguardingListQuery,
  sources: readonly SafeguardingSource[],
  responseHours: number,
): Promise<SafeguardingPage> {
  const rows = queueRows(db, councilId, sources);
  if (!rows) return { items: [], total: 0, waiting: 0, page: query.page, pageSize: query.pageSize };
  const [counts, page] = await Promise.all([
    rows.select((eb) => [eb.fn.countAll().as('total'), eb.fn.sum<number | string | null>('q.waiting').as('waiting')]).executeTakeFirstOrThrow(),
    rows
      .selectAll()
      .orderBy('q.waiting', 'desc')
      .orderBy('q.created_at', 'desc')
      .orderBy('q.id', 'asc')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
  ]);
  const actions = await loadActions(
    db,
    councilId,
    page.map((r) => r.id),
  );
  const assigned = await loadAssignments(
    db,
    councilId,
    page.map((r) => r.id),
  );
  const entries = new Map<string, SafeguardingItemView>();
  for (const source of sources) {
    const ids = page.filter((r) => r.kind === source.kind).map((r) => r.id);
    for (const e of await source.load(db, councilId, ids)) {
      const key = `${source.kind}:${e.id}`;
      const dueAt = new Date(new Date(e.createdAt).getTime() + responseHours * HOUR).toISOString();
      const assignment = assigned.get(key) ?? { assignedTo: null, escalatedTo: null };
      entries.set(key, { kind: source.kind, ...e, actions: actions.get(key) ?? [], dueAt, ...assignment });
    }
  }
  const items = page.flatMap((row) => entries.get(`${row.kind as SafeguardingKind}:${row.id}`) ?? []);
  return { items, total: Number(counts.total), waiting: Number(counts.waiting ?? 0), page: query.page, pageSize: query.pageSize };
}
