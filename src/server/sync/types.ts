// Extension points of the one push path and the one pull path. Features plug in here; they never talk HTTP.
import type { Insertable, Kysely, Transaction } from 'kysely';
import type { OpPayload, OpType, CollectionName, RejectCode } from '../../shared/protocol';
import { insertRows } from '../db/insert-rows';
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
  /**
   * A lookup that answers the same for every op of a push (the prompt posted to, the council's safety words): `load`
   * runs for the first op that asks by `key`, and the ops after it get the same answer. On the quick push path the
   * answers are kept for the whole push (one transaction, in which every op is accepted); on the op-by-op path, for
   * one op. Only for reads the push's own ops cannot change; the key names what is read and for whom.
   */
  once: <T>(key: string, load: () => Promise<T>) => Promise<T>;
  /**
   * Inserts the op's new row into `table`, a table this op's kind only adds to and never reads (a new wall post): on
   * the op-by-op path at once; on the quick path kept and written with the rows of the push's other ops in one
   * statement — before any op of another kind runs, and before the push's op records, so every read sees it. Its
   * errors (a clash on a unique key) then surface there, and the push goes op by op, which answers as before.
   */
  insertRow: <T extends DeferrableTable>(table: T, row: Insertable<Database[T]>) => Promise<void>;
}

/** The tables an op's handler may write through `OpContext.insertRow` (ones no handler reads its own push's rows of). */
export type DeferrableTable = 'wall_posts';

/** `OpContext.insertRow` that inserts at once (the op-by-op path). */
export function insertNow(trx: Transaction<Database>): OpContext['insertRow'] {
  return async (table, row) => {
    await trx
      .insertInto(table)
      .values(row as never)
      .execute();
  };
}

/**
 * `OpContext.insertRow` that keeps the rows, and `flush`, which writes them: one statement per table. `take` hands
 * over the rows kept since the last flush instead, for a caller that writes them itself (in a statement of its own).
 */
export function insertLater(trx: Transaction<Database>): {
  insertRow: OpContext['insertRow'];
  flush: () => Promise<void>;
  take: () => Array<[DeferrableTable, Array<Insertable<Database[DeferrableTable]>>]>;
} {
  const kept = new Map<DeferrableTable, unknown[]>();
  return {
    take: () => {
      const rows = [...kept] as Array<[DeferrableTable, Array<Insertable<Database[DeferrableTable]>>]>;
      kept.clear();
      return rows;
    },
    insertRow: (table, row) => {
      const rows = kept.get(table);
      if (rows) rows.push(row);
      else kept.set(table, [row]);
      return Promise.resolve();
    },
    flush: async () => {
      for (const [table, rows] of kept) {
        kept.delete(table);
        await insertRows(trx, table, rows as Array<Insertable<Database[DeferrableTable]>>);
      }
    },
  };
}

/** A fresh `OpContext.once`: each key's answer kept for as long as this function is. */
export function memoise(): OpContext['once'] {
  const kept = new Map<string, Promise<unknown>>();
  return <T>(key: string, load: () => Promise<T>): Promise<T> => {
    let answer = kept.get(key) as Promise<T> | undefined;
    if (!answer) kept.set(key, (answer = load()));
    return answer;
  };
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
