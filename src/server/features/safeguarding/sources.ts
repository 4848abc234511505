// What the safeguarding queue offers the other domains: when a person first recorded an action on an item (the
// my-items journey), and what waits in it (the staff navigation's counts).
import type { SeenByPersonSource } from '../../my-items/types';
import type { WaitingSource } from '../../ports/waiting';
import { QUEUE_ROLES } from './service/team';
import { waitingSummary } from './service/waiting';

/** Counted over every domain's queue items (the safeguarding sources). */
export const queueWaiting: WaitingSource = {
  kind: 'safeguarding',
  roles: QUEUE_ROLES,
  summary: (db, councilId, now, ports) => waitingSummary(db, councilId, now, ports.safeguarding),
};

export const firstActions: SeenByPersonSource = {
  async firstActions(db, councilId, rows) {
    const out = new Map<string, string>();
    if (rows.length === 0) return out;
    const acts = await db
      .selectFrom('safeguarding_actions')
      .select(['kind', 'item_id', (eb) => eb.fn.min('at').as('first')])
      .where('council_id', '=', councilId)
      .where(
        'item_id',
        'in',
        rows.map((r) => r.rowId),
      )
      .groupBy(['kind', 'item_id'])
      .execute();
    for (const a of acts) out.set(`${a.kind}:${a.item_id}`, String(a.first));
    return out;
  },
};
