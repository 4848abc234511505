// What waits for staff, by kind (the safeguarding queue, requests), so the staff navigation can say how many and how
// long the oldest has waited. Each domain that keeps people waiting contributes one.
import type { Role } from '../../shared/roles';
import type { WaitingSummary } from '../../shared/waiting';
import type { Db } from '../db/schema';

export interface WaitingSource {
  /** The staff section's waitingKind it counts for ('safeguarding', 'requests'). */
  kind: string;
  /** Who may open what it counts; others are not told of it. */
  roles: readonly Role[];
  summary(db: Db, councilId: string, now: Date): Promise<WaitingSummary>;
}
