// Tables added by the hardening migration (005). Columns it added to older tables are declared with those tables.

/** Failed sign-ins per sign-in name, shared by every server instance. Times are ms since the epoch. */
export interface SignInThrottleTable {
  /** sha256 of the lowercased email (known account or not). */
  key: string;
  /** Wrong passwords since the last success or the last lock. */
  failures: number;
  /** Locks in a row; each one lasts twice as long as the one before, up to a cap. */
  locks: number;
  locked_until: number | string;
  last_failure_at: number | string;
  /** Whose brake this is, when known (migration 009): a known device's brake, or a password change's. */
  staff_id: string | null;
}

/** The last change number given out in each council (see sync/change-log.ts). */
export interface CouncilSeqTable {
  council_id: string;
  seq: number | string;
}

export interface HardeningTables {
  sign_in_throttle: SignInThrottleTable;
  council_seq: CouncilSeqTable;
}
