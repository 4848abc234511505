// The table migration 020 adds to the sync kit.
/** The record of an anonymous op's id (migration 020): no device, only the month; kept apart from `ops`. */
export interface AnonymousOpsTable {
  id: string;
  council_id: string;
  type: string;
  result: string;
  received_on: string;
}

export interface AnonymousOpTables {
  anonymous_ops: AnonymousOpsTable;
}
