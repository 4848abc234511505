// What the safeguarding queue offers the my-items journey: when a person first recorded an action on an item.
import type { SeenByPersonSource } from '../../my-items/types';

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
