// What waits for staff, by kind (the safeguarding queue, requests), so the staff navigation can say how many and how
// long the oldest has waited. Each domain that keeps people waiting contributes one.
import type { Role } from '../../shared/roles';
import type { WaitingSummary } from '../../shared/waiting';
import type { Db } from '../db/schema';
import type { Ports } from './ports';

export interface WaitingSource {
  /** The staff section's waitingKind it counts for ('safeguarding', 'requests'). */
  kind: string;
  /** Who may open what it counts; others are not told of it. */
  roles: readonly Role[];
  /** `ports` for a source that counts over other domains' items (the safeguarding queue's); most ignore it. */
  summary(db: Db, councilId: string, now: Date, ports: Ports): Promise<WaitingSummary>;
}
