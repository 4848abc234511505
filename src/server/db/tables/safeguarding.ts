// The safeguarding queue's record of what staff did.
import type { SafeguardingKind } from '../../../shared/safeguarding';

export interface SafeguardingActionsTable {
  id: string;
  council_id: string;
  kind: SafeguardingKind;
  /** A wall post's or a poll option's id. */
  item_id: string;
  staff_id: string;
  /** What the member of staff did; only staff with a queue role ever see it. */
  note: string;
  at: string;
}

export interface SafeguardingTables {
  safeguarding_actions: SafeguardingActionsTable;
}
