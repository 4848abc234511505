// The two things a phone may only say when they are true: that a person has read what was kept private for
// safeguarding (only once staff recorded an action on it, and never what they did), and that the young person took
// an item back.
import type { MyItem } from '../../shared/my-items';
import type { SafeguardingKind } from '../../shared/safeguarding';
import type { Db } from '../db/schema';
import type { OwnItem, SeenByPersonSource } from './types';

const later = (a: string, b: string) => (b > a ? b : a);

export async function withHonesty(
  db: Db,
  councilId: string,
  items: MyItem[],
  own: readonly OwnItem[],
  seen: readonly SeenByPersonSource[],
): Promise<MyItem[]> {
  const guarded = own.filter((r) => r.status === 'safeguarding').map((r) => ({ kind: r.item.kind as SafeguardingKind, rowId: r.rowId }));
  const firstAction = new Map<string, string>();
  if (guarded.length > 0) {
    for (const source of seen) for (const [key, at] of await source.firstActions(db, councilId, guarded)) firstAction.set(key, at);
  }
  const byItem = new Map(own.map((r) => [r.item.id, r]));
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
    const seenAt = row.status === 'safeguarding' ? firstAction.get(`${row.item.kind}:${row.rowId}`) : undefined;
    // The first recorded action is the news; later follow-ups do not move the phone's journey again.
    return seenAt ? { ...item, seenByPerson: true, updatedAt: later(item.updatedAt, seenAt) } : item;
  });
}
