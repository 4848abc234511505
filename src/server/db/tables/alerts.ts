// The tables added by migration 017: the alert outbox, mail settings, and the safeguarding queue's assignment and
// escalation. Booleans are 0/1 integers.
import type { SafeguardingKind } from '../../../shared/safeguarding';

export interface AlertOutboxTable {
  id: string;
  council_id: string;
  kind: string;
  path: string;
  to_staff_id: string | null;
  at: string;
  state: 'pending' | 'sending' | 'sent';
  attempts: number;
  next_at: string;
  claim_token: string | null;
  claimed_until: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface MailSettingsTable {
  council_id: string;
  host: string;
  port: number;
  secure: number;
  username: string | null;
  password: string | null;
  from_address: string;
  /** The duty inbox, then any more inboxes, separated by ", " (an email address never holds a comma). */
  duty_inbox: string;
  base_url: string;
  updated_at: string;
  updated_by: string | null;
}

export interface SafeguardingSettingsTable {
  council_id: string;
  respond_within_hours: number;
  /** JSON array of staff ids. */
  escalate_to: string;
  updated_at: string;
}

export interface SafeguardingAssignmentsTable {
  council_id: string;
  kind: SafeguardingKind;
  item_id: string;
  assigned_to: string | null;
  assigned_at: string | null;
  escalations: number;
  escalated_to: string | null;
  escalated_at: string | null;
}

export interface AlertTables {
  alert_outbox: AlertOutboxTable;
  mail_settings: MailSettingsTable;
  safeguarding_settings: SafeguardingSettingsTable;
  safeguarding_assignments: SafeguardingAssignmentsTable;
}
