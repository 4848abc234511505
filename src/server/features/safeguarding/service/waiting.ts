// What the safeguarding queue has waiting: items nobody has acted on, the oldest, and those past the response time.
// Counted for the staff navigation (the waiting port) and read by the escalation round.
import { sql } from 'kysely';
import type { WaitingSummary } from '../../../../shared/waiting';
import type { Db } from '../../../db/schema';
import type { SafeguardingSource } from '../../../ports/safeguarding';
import { queueRows } from './queue';
import { responseRules } from './team';

const HOUR = 3_600_000;

export async function waitingSummary(db: Db, councilId: string, now: Date, sources: readonly SafeguardingSource[]): Promise<WaitingSummary> {
  const rows = queueRows(db, councilId, sources);
  if (!rows) return { waiting: 0, oldestAt: null, overdue: 0 };
  const { hours } = await responseRules(db, councilId);
  const dueBefore = new Date(now.getTime() - hours * HOUR).toISOString();
  const row = await rows
    .where('q.waiting', '=', 1)
    .select((eb) => [
      eb.fn.countAll().as('waiting'),
      eb.fn.min('q.created_at').as('oldest'),
      eb.fn.sum<number | string | null>(sql`case when q.created_at <= ${dueBefore} then 1 else 0 end`).as('overdue'),
    ])
    .executeTakeFirstOrThrow();
  return { waiting: Number(row.waiting), oldestAt: row.oldest === null ? null : String(row.oldest), overdue: Number(row.overdue ?? 0) };
}

/** The waiting items that arrived at or before `before`, oldest first. */
export async function waitingSince(db: Db, councilId: string, before: string, sources: readonly SafeguardingSource[]) {
  const rows = queueRows(db, councilId, sources);
  if (!rows) return [];
  const found = await rows
    .selectAll()
    .where('q.waiting', '=', 1)
    .where('q.created_at', '<=', before)
    .orderBy('q.created_at')
    .orderBy('q.id')
    .limit(500)
    .execute();
  return found.map((r) => ({ kind: r.kind, id: r.id, createdAt: String(r.created_at) }));
}
