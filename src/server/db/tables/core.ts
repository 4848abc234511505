// Tables every feature stands on. Times are ISO-8601 UTC strings; booleans are 0/1 integers; JSON is text.
import type { ColumnType, Generated } from 'kysely';

export interface CouncilsTable {
  id: string;
  name: string;
  join_code: string;
  /** JSON: { outOfHoursPhone, vocabulary, languages } */
  settings: string;
  created_at: string;
}
export interface DistrictsTable {
  id: string;
  council_id: string;
  name: string;
  sort_order: number;
}
export interface DevicesTable {
  id: string;
  council_id: string;
  /** sha256 of the bearer token; the token itself is never stored. */
  token_hash: string;
  created_at: string;
  last_seen_on: string;
  /** When the phone was forgotten: its token hash was replaced, so the token never works again (migration 007). */
  revoked_at: ColumnType<string | null, string | null | undefined, string | null>;
}
/** The idempotency record: one row per op id, forever. */
export interface OpsTable {
  id: string;
  council_id: string;
  /** Null for anonymous ops (survey responses are never linked to a device). */
  device_id: string | null;
  type: string;
  /** JSON OpResult as first answered. */
  result: string;
  received_on: string;
}
/** Ordered log of what changed, per council; a pull returns what changed after a cursor. */
export interface ChangeLogTable {
  seq: Generated<number>;
  council_id: string;
  collection: string;
  entity_id: string;
  /** Set for changes only one device may see (its own items). */
  device_id: string | null;
  /** The change's number within its council: what a device's pull cursor counts (null only before migration 005). */
  council_seq: number | string | null;
}
export interface StaffTable {
  id: string;
  council_id: string;
  email: string;
  name: string;
  password_hash: string;
  /** JSON Role[] */
  roles: string;
  disabled: number;
  created_at: string;
}
export interface SessionsTable {
  /** sha256 of the cookie value. */
  id: string;
  staff_id: string;
  council_id: string;
  created_at: string;
  last_seen_at: string;
}
export interface AuditLogTable {
  id: Generated<number>;
  council_id: string;
  staff_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  /** JSON detail, never a young person's words in full. */
  detail: string;
  at: string;
}
/** Rate-limit counters shared by every server instance (PostgreSQL); one row per route and client address. */
export interface RateLimitsTable {
  key: string;
  /** Start of the current window, ms since the epoch. */
  window_start: number | string;
  hits: number;
}
export interface CoreTables {
  councils: CouncilsTable;
  districts: DistrictsTable;
  devices: DevicesTable;
  ops: OpsTable;
  change_log: ChangeLogTable;
  staff: StaffTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  rate_limits: RateLimitsTable;
}
