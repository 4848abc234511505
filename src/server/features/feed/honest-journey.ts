// The two things a phone may only say when they are true: that a person has read what was kept private for
// safeguarding (only once staff recorded an action on it, and never what they did), and that the young person took
// an item back.
import type { Kysely } from 'kysely';
import type { MyItem } from '../../../shared/my-items';
import type { SafeguardingKind } from '../../../shared/safeguarding';
import type { Database } from '../../db/schema';

export interface JourneyRow {
  kind: SafeguardingKind;
  /** The row's id (what the safeguarding queue records actions against). */
  rowId: string;
  /** The phone's id for it (the op id). */
  itemId: string;
  status: string;
  withdrawnAt: string | null;
}

const later = (a: string, b: string) => (b > a ? b : a);

export async function withHonesty(db: Kysely<Database>, councilId: string, items: MyItem[], rows: readonly JourneyRow[]): Promise<MyItem[]> {
  const guarded = rows.filter((r) => r.status === 'safeguarding');
  const firstAction = new Map<string, string>();
  if (guarded.length > 0) {
    const acts = await db
      .selectFrom('safeguarding_actions')
      .select(['kind', 'item_id', (eb) => eb.fn.min('at').as('first')])
      .where('council_id', '=', councilId)
      .where('item_id', 'in', guarded.map((r) => r.rowId))
      .groupBy(['kind', 'item_id'])
      .execute();
    for (const a of acts) firstAction.set(`${a.kind}:${a.item_id}`, String(a.first));
  }
  const byItem = new Map(rows.map((r) => [r.itemId, r]));
  return items.map((item) => {
    const row = byItem.get(item.id);
    if (!row) return item;
    if (row.withdrawnAt) {
      return {
        ...item,
        state: 'kept-private',
        reason: row.status === 'safeguarding' ? 'safeguarding' : null,
        themeIds: [],
        feedItemIds: [],
        withdrawn: true,
        updatedAt: later(item.updatedAt, row.withdrawnAt),
      };
    }
    const seenAt = row.status === 'safeguarding' ? firstAction.get(`${row.kind}:${row.rowId}`) : undefined;
    // The first recorded action is the news; later follow-ups do not move the phone's journey again.
    return seenAt ? { ...item, seenByPerson: true, updatedAt: later(item.updatedAt, seenAt) } : item;
  });
}
