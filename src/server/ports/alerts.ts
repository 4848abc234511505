// "Nobody waits unseen": a domain that puts something in front of the duty team (a possible disclosure, an urgent
// request) asks for an alert in the same transaction; the alerts domain emails the council's inbox after the commit.
// The email says that something is waiting and links to it; it never carries the young person's words.
import type { Trx } from '../db/schema';

export const ALERT_KINDS = ['safeguarding', 'urgent-request', 'request', 'escalated', 'assigned'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export interface AlertInput {
  councilId: string;
  kind: AlertKind;
  /** The staff area's path to the waiting item ('/staff/requests/<id>'), appended to the council's public address. */
  path: string;
  at: Date;
  /** A named member of staff of the council (an escalation); without it, the council's duty inbox. */
  toStaffId?: string;
}

export interface Alerts {
  /** Records the alert inside the caller's transaction (so it is never lost or sent for something rolled back). */
  enqueue(trx: Trx, alert: AlertInput): Promise<void>;
}
