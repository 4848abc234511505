// The tables added by migration 016: requests, their stages and their events. Booleans are 0/1 integers.

export interface RequestsTable {
  id: string;
  council_id: string;
  op_id: string | null;
  device_id: string | null;
  ref: string;
  check_hash: string;
  kind: string;
  topic: string;
  details: string;
  wanted: string | null;
  /** JSON { name, relationship }. */
  on_behalf: string | null;
  /** JSON RequestContact. */
  contact: string;
  wants_advocate: string;
  language: string | null;
  happened: string | null;
  asker: string;
  urgent: number;
  safety: number;
  nation: string;
  offer_item_id: string | null;
  status: string;
  stage: number;
  assigned_to: string | null;
  advocacy: string;
  contacted_at: string | null;
  acknowledged_at: string | null;
  received_on: string;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

export interface RequestStagesTable {
  request_id: string;
  stage: number;
  council_id: string;
  opened_on: string;
  due_on: string;
  extended_to: string | null;
  extension_reason: string | null;
  stopped_since: string | null;
  stop_reason: string | null;
  stopped_days: number;
  panel_on: string | null;
  report_on: string | null;
  responded_on: string | null;
  outcome: string | null;
  learning: string | null;
  late: number;
}

export interface RequestEventsTable {
  id: string;
  request_id: string;
  council_id: string;
  op_id: string | null;
  type: string;
  staff_id: string | null;
  text: string | null;
  /** JSON. */
  data: string | null;
  visible: number;
  at: string;
}

export interface RequestLookupFailuresTable {
  scope: string;
  subject: string;
  hour: string;
  count: number;
}

export interface RequestTables {
  requests: RequestsTable;
  request_stages: RequestStagesTable;
  request_events: RequestEventsTable;
  request_lookup_failures: RequestLookupFailuresTable;
}
