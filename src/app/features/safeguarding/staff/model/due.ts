// When a safeguarding item should have been acted on, and how urgent it is now. The counting rule: the due time is the
// moment the item arrived plus the council's response time in clock hours — every hour counts, nights, weekends and
// bank holidays too (harm does not wait for a working day). At the due time itself the item is past due, as the
// server counts it for escalation and the staff navigation. "Due soon" is the last quarter of the response time.
import type { SafeguardingItemView } from '../../../../../shared/safeguarding';

export type DueState = 'dealt-with' | 'past-due' | 'due-soon' | 'on-time';

export interface DueInfo {
  state: DueState;
  /** The due time (arrival + response time); null when the server did not say. */
  dueAt: string | null;
}

type Item = Pick<SafeguardingItemView, 'createdAt' | 'dueAt' | 'actions'>;

export function dueInfo(item: Item, now: Date): DueInfo {
  const dueAt = item.dueAt ?? null;
  if (item.actions.length > 0) return { state: 'dealt-with', dueAt };
  if (dueAt === null) return { state: 'on-time', dueAt };
  const due = new Date(dueAt).getTime();
  const left = due - now.getTime();
  if (left <= 0) return { state: 'past-due', dueAt };
  const allowed = due - new Date(item.createdAt).getTime();
  return { state: left <= allowed / 4 ? 'due-soon' : 'on-time', dueAt };
}
