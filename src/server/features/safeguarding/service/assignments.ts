// Who each queue item is given to, and whether it was escalated: read for a page of the queue.
import type { SafeguardingItemView } from '../../../../shared/safeguarding';
import { staffNames } from '../../../auth/staff-names';
import type { Db } from '../../../db/schema';

type Marks = Pick<SafeguardingItemView, 'assignedTo' | 'escalatedTo'>;

export async function loadAssignments(db: Db, councilId: string, ids: readonly string[]): Promise<Map<string, Marks>> {
  const out = new Map<string, Marks>();
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom('safeguarding_assignments')
    .selectAll()
    .where('council_id', '=', councilId)
    .where('item_id', 'in', [...ids])
    .execute();
  const names = await staffNames(
    db,
    rows.flatMap((r) => [r.assigned_to, r.escalated_to].filter((id): id is string => id !== null)),
  );
  for (const r of rows) {
    const assignedName = r.assigned_to ? names.get(r.assigned_to) : undefined;
    const escalatedName = r.escalated_to ? names.get(r.escalated_to) : undefined;
    out.set(`${r.kind}:${r.item_id}`, {
      assignedTo: r.assigned_to && assignedName !== undefined ? { id: r.assigned_to, name: assignedName } : null,
      escalatedTo: escalatedName !== undefined && r.escalated_at ? { name: escalatedName, at: r.escalated_at } : null,
    });
  }
  return out;
}
