// Counts of what devices created per hour (migration 006, sync/quota.ts). Nothing but counts; swept after a day.

export interface OpQuotasTable {
  /** 'device': one phone; 'council': every phone that joined with the council's code, together. */
  scope: 'device' | 'council';
  /** The device id or the council id. */
  subject_id: string;
  /** The op type counted, e.g. 'wall.post'. */
  kind: string;
  /** The UTC hour, e.g. '2026-03-02T10' (sorts as text, so old rows are found by comparison). */
  hour: string;
  count: number;
}

export interface QuotaTables {
  op_quotas: OpQuotasTable;
}
