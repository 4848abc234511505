// Extension points of the one push path and the one pull path. Features plug in here; they never talk HTTP.
import type { Kysely, Transaction } from 'kysely';
import type { OpPayload, OpType, CollectionName, RejectCode } from '../../shared/protocol';
import type { Database } from '../db/schema';
import type { DeviceAuth } from '../lib/route';

export interface OpContext {
  /** The transaction the op row and its effects are written in. Never call the network inside it. */
  trx: Transaction<Database>;
  device: DeviceAuth;
  op: { id: string; createdAt: string };
  now: Date;
  /**
   * Counts this op against its kind's quota (QUOTAS), answering the refusal when it is past it. A handler whose words
   * may be a disclosure calls it after its safety check, with `exempt` when the words may be one, and before it writes
   * anything; the engine takes the quota itself (never exempt) after any handler that did not, so a new kind with a
   * quota needs only its line in QUOTAS. A second call answers the first one's answer without counting again.
   */
  takeQuota: (opts: { exempt: boolean }) => Promise<Rejection | null>;
}
export type Rejection = { status: 'rejected'; code: RejectCode; message: string };
export type OpOutcome = { status: 'accepted'; ref?: string } | Rejection;

/**
 * Applies one op. The payload is already validated against OP_PAYLOADS[type]. A handler that rejects must do so
 * before writing anything (the engine also rolls back to a savepoint, so a late rejection leaves no effect).
 */
export type OpHandler<T extends OpType> = (ctx: OpContext, payload: OpPayload<T>) => Promise<OpOutcome>;
export type OpHandlers = { [T in OpType]?: OpHandler<T> };

export interface PullScope {
  councilId: string;
  deviceId: string;
  /** The server's clock at this pull (what is due or overdue depends on the day). */
  now?: Date;
}
/**
 * Loads the current device-visible rows for ids that changed. Ids it does not return are sent as tombstones
 * ({ id, deleted: true }), so a source simply leaves out what the device may no longer see.
 */
export type PullSource = (db: Kysely<Database>, scope: PullScope, ids: string[]) => Promise<Array<{ id: string }>>;
export type PullSources = Partial<Record<CollectionName, PullSource>>;
