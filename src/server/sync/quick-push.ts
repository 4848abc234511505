// The quick path of a push, for the usual case: every op new, valid and accepted. The whole push is ONE transaction
// on PostgreSQL, and one savepoint of a transaction shared with concurrent pushes on SQLite (group commit,
// group-commit.ts), with a handful of statements for the push instead of a dozen per op:
// - on SQLite the op ids looked up in one query (ops and anonymous_ops) first; on PostgreSQL no lookup: the end of the
//   push is ONE statement (finishOnPostgres: the new rows, the quota counts, the change log and the op records, with
//   ON CONFLICT DO NOTHING on the op ids) that also answers whether any op id was kept before;
// - each op's handler run as on the op-by-op path (no savepoint: nothing is expected to go wrong), its lookups that
//   are the same for every op (the prompt, the council's safety words) run once for the push (OpContext.once);
// - the quotas of every op taken in one upsert (takeQuotasAtOnce), after the handlers;
// - the change log written once (recordChanges gathers the handlers' changes: gatherChanges/writeGathered);
// - the op records inserted in one statement per table.
// Anything unusual — an op id seen before or repeated in the push, an op that is not valid, a handler's rejection, a
// quota past its limit, a clash with a concurrent push on a unique key, any error — rolls the whole push back (its
// transaction, or on SQLite its savepoint) and answers null: the caller then runs the op-by-op path (push.ts), whose answers are the ones this path would have
// had to give. So the quick path never answers differently; it only answers sooner.
import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import { ANONYMOUS_OP_TYPES, OP_PAYLOADS, type Op, type OpResult, type OpType } from '../../shared/protocol';
import { insertRows } from '../db/insert-rows';
import type { Database } from '../db/schema';
import { hasNul } from '../lib/nul';
import type { DeviceAuth } from '../lib/route';
import { changeLogCtes, gatherChanges, isPostgres, takeGathered, writeGathered } from './change-log';
import { inGroupCommit } from './group-commit';
import { quotaCounters, quotaHour, quotasAtOnce, takeQuotasAtOnce, type QuotaCounter, type QuotaTake } from './quota';
import { insertLater, memoise, type OpContext, type OpHandler, type OpHandlers } from './types';

export interface QuickPushDeps {
  db: Kysely<Database>;
  now: () => Date;
}

/** Whether any of these op ids has a record already (one statement over both tables). */
async function anySeen(db: Kysely<Database>, ids: readonly string[]): Promise<boolean> {
  const row = await db
    .selectFrom('ops')
    .select('id')
    .where('id', 'in', ids)
    .unionAll(db.selectFrom('anonymous_ops').select('id').where('id', 'in', ids))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

interface Checked {
  op: Op;
  type: OpType;
  payload: unknown;
  handler: OpHandler<OpType>;
}

/** The ops with their parsed payloads and handlers, or null when any is not plainly valid (the op-by-op path says why). */
function checkAll(ops: readonly Op[], handlers: OpHandlers): Checked[] | null {
  if (ops.length === 0 || new Set(ops.map((op) => op.id)).size !== ops.length) return null;
  const checked: Checked[] = [];
  for (const op of ops) {
    if (!Object.hasOwn(OP_PAYLOADS, op.type)) return null;
    const type = op.type as OpType;
    const handler = handlers[type] as OpHandler<OpType> | undefined;
    const payload = OP_PAYLOADS[type].safeParse(op.payload);
    if (!handler || !payload.success || hasNul(payload.data)) return null;
    checked.push({ op, type, payload: payload.data, handler });
  }
  return checked;
}

/**
 * Counters this process saw past their limit, by counter and hour (counts only grow within an hour): a push that
 * would be counted on one goes straight to the op-by-op path, which refuses its ops, instead of running every op
 * twice (a phone flooding the wall). Only a shortcut: forgetting it changes no answer.
 */
const pastLimit = new Map<string, string>();
const PAST_LIMIT_KEEP = 10_000;
const counterKey = (c: QuotaCounter) => `${c.scope}\u0000${c.subjectId}\u0000${c.kind}`;

function knownPastLimit(device: DeviceAuth, checked: readonly Checked[], hour: string): boolean {
  if (pastLimit.size === 0) return false;
  return checked.some(({ type }) => quotaCounters(device, type).some((c) => pastLimit.get(counterKey(c)) === hour));
}

function rememberPastLimit(counters: readonly QuotaCounter[], hour: string): void {
  if (pastLimit.size >= PAST_LIMIT_KEEP) pastLimit.clear();
  for (const c of counters) pastLimit.set(counterKey(c), hour);
}

/** Thrown inside the quick path to give up on it (rolled back, then the op-by-op path runs). */
class Unusual extends Error {}

/**
 * Applies every op of the push in one transaction when all of them are accepted, answering their results after the
 * commit; otherwise keeps nothing and answers null. On SQLite the transaction is shared with the pushes that arrive
 * at the same moment (group-commit.ts: one commit, one sync to disk, for all of them; this push in a savepoint of its
 * own); PostgreSQL has many connections and groups commits itself, so there each push has its own transaction.
 */
export async function quickPush(deps: QuickPushDeps, device: DeviceAuth, ops: readonly Op[], handlers: OpHandlers): Promise<OpResult[] | null> {
  const checked = checkAll(ops, handlers);
  if (!checked) return null;
  const now = deps.now();
  if (knownPastLimit(device, checked, quotaHour(now))) return null;
  if (!isPostgres(deps.db)) return inGroupCommit(deps.db, (trx) => applyAll(trx, device, checked, now));
  const trx = await deps.db.startTransaction().execute();
  try {
    const results = await applyAll(trx, device, checked, now);
    await trx.commit().execute();
    return results;
  } catch {
    await trx
      .rollback()
      .execute()
      .catch(() => undefined);
    return null;
  }
}

/** The push's work inside its transaction (or savepoint); throws on anything unusual, and the caller keeps nothing. */
async function applyAll(trx: Transaction<Database>, device: DeviceAuth, checked: readonly Checked[], now: Date): Promise<OpResult[]> {
  // On PostgreSQL the op records are written last with ON CONFLICT DO NOTHING, which finds an op id seen before (or
  // being written by a concurrent push, once that commits) in the same statement: no lookup first.
  const postgres = isPostgres(trx);
  if (
    !postgres &&
    (await anySeen(
      trx,
      checked.map(({ op }) => op.id),
    ))
  )
    throw new Unusual('seen');
  gatherChanges(trx);
  const takes = new Map<string, QuotaTake>();
  const results: OpResult[] = [];
  const records: { id: string; type: string; result: string }[] = [];
  const anonymousRecords: { id: string; type: string; result: string }[] = [];
  // Lookups that answer the same for every op of the push (the prompt, the council's safety words) run once.
  const once = memoise();
  // New rows (wall posts) written together, one statement for a run of ops of one kind (OpContext.insertRow).
  const later = insertLater(trx);
  let previousType: OpType | undefined;
  for (const { op, type, payload, handler } of checked) {
    if (previousType !== undefined && type !== previousType) await later.flush();
    previousType = type;
    let taken = false;
    const ctx: OpContext = {
      trx,
      device,
      op: { id: op.id, createdAt: op.createdAt },
      now,
      once,
      // Counted at the end, all at once; if any counter goes past its limit, the op-by-op path refuses the op.
      takeQuota: ({ exempt }) => {
        if (!taken) {
          taken = true;
          for (const counter of quotaCounters(device, type, { exempt })) {
            const key = counterKey(counter);
            const take = takes.get(key);
            if (take) take.count += 1;
            else takes.set(key, { counter, count: 1 });
          }
        }
        return Promise.resolve(null);
      },
      insertRow: later.insertRow,
    };
    const outcome = await handler(ctx, payload as never);
    if (outcome.status !== 'accepted') throw new Unusual('rejected');
    await ctx.takeQuota({ exempt: false });
    const anonymous = ANONYMOUS_OP_TYPES.has(type);
    const stored = { status: 'accepted' as const, ...(outcome.ref && !anonymous ? { ref: outcome.ref } : {}) };
    (anonymous ? anonymousRecords : records).push({ id: op.id, type, result: JSON.stringify(stored) });
    results.push({ id: op.id, ...stored });
  }
  if (postgres) {
    await finishOnPostgres(trx, device, { rows: later.take(), takes: [...takes.values()], records, anonymousRecords }, now);
    return results;
  }
  await later.flush();
  const over = await takeQuotasAtOnce(trx, [...takes.values()], now);
  if (over.length > 0) {
    rememberPastLimit(over, quotaHour(now));
    throw new Unusual('quota');
  }
  await writeGathered(trx);
  if (records.length > 0) {
    // A day, not a time: ops are evidence of delivery, not a record of when someone was awake.
    const receivedOn = now.toISOString().slice(0, 10);
    await insertRows(
      trx,
      'ops',
      records.map((r) => ({ ...r, council_id: device.councilId, device_id: device.deviceId, received_on: receivedOn })),
    );
  }
  if (anonymousRecords.length > 0) {
    // Never linked to the device: no device id, only the month (as on the op-by-op path).
    const month = `${now.toISOString().slice(0, 7)}-01`;
    await insertRows(
      trx,
      'anonymous_ops',
      anonymousRecords.map((r) => ({ ...r, council_id: device.councilId, received_on: month })),
    );
  }
  return results;
}

interface Finish {
  /** The new rows kept since the last flush (OpContext.insertRow), by table. */
  rows: ReturnType<ReturnType<typeof insertLater>['take']>;
  takes: QuotaTake[];
  records: { id: string; type: string; result: string }[];
  anonymousRecords: { id: string; type: string; result: string }[];
}

/**
 * The end of the push on PostgreSQL in ONE statement (one round trip instead of one per table): the kept new rows, the
 * quota counts, the change log (each council's counter moved on and its entries numbered below it) and the op records,
 * as data-modifying CTEs. Its answer says whether every op record was written (ON CONFLICT DO NOTHING leaves out an op
 * id already kept, also one a concurrent push committed meanwhile), whether any op id is kept in the other table (an
 * anonymous op's id among the ops, or the other way round), and the quota counts. Anything unusual throws, and the
 * caller rolls the whole transaction back: nothing of the statement is kept. The council's counter row is locked by
 * this statement until the commit right after it, so the busiest row of a council is held for two round trips.
 */
async function finishOnPostgres(trx: Transaction<Database>, device: DeviceAuth, finish: Finish, now: Date): Promise<void> {
  const ctes: RawBuilder<unknown>[] = [];
  finish.rows.forEach(([table, rows], n) => ctes.push(sql`${sql.id(`rows_${n}`)} as (${trx.insertInto(table).values(rows)} returning 1)`));
  const quotas = finish.takes.length > 0 ? quotasAtOnce(trx, finish.takes, now) : undefined;
  if (quotas) ctes.push(sql`quotas as (${quotas.query})`);
  ctes.push(...changeLogCtes(takeGathered(trx), 'changes'));
  const plainIds = finish.records.map((r) => r.id);
  const anonymousIds = finish.anonymousRecords.map((r) => r.id);
  if (finish.records.length > 0) {
    // A day, not a time: ops are evidence of delivery, not a record of when someone was awake.
    const receivedOn = now.toISOString().slice(0, 10);
    const insert = trx
      .insertInto('ops')
      .values(finish.records.map((r) => ({ ...r, council_id: device.councilId, device_id: device.deviceId, received_on: receivedOn })))
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id');
    ctes.push(sql`plain_ops as (${insert})`);
  }
  if (finish.anonymousRecords.length > 0) {
    // Never linked to the device: no device id, only the month (as on the op-by-op path).
    const month = `${now.toISOString().slice(0, 7)}-01`;
    const insert = trx
      .insertInto('anonymous_ops')
      .values(finish.anonymousRecords.map((r) => ({ ...r, council_id: device.councilId, received_on: month })))
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id');
    ctes.push(sql`anon_ops as (${insert})`);
  }
  const count = (cte: string, ids: readonly string[]) => (ids.length > 0 ? sql`(select count(*) from ${sql.id(cte)})` : sql`0`);
  // Read in the statement's snapshot, so it sees only what was kept before it (not its own records).
  const elsewhere = (table: 'ops' | 'anonymous_ops', ids: readonly string[]) =>
    ids.length > 0 ? sql`(select count(*) from ${sql.id(table)} where id in (${sql.join(ids)}))` : sql`0`;
  const quotaRows = quotas
    ? sql`(select coalesce(json_agg(json_build_object('scope', scope, 'subject_id', subject_id, 'kind', kind, 'count', count)), '[]'::json) from quotas)`
    : sql`'[]'::json`;
  const { rows } = await sql<{
    written: string | number;
    elsewhere: string | number;
    quotas: { scope: string; subject_id: string; kind: string; count: number }[];
  }>`
    with ${sql.join(ctes)}
    select ${quotaRows} as quotas,
      ${count('plain_ops', plainIds)} + ${count('anon_ops', anonymousIds)} as written,
      ${elsewhere('anonymous_ops', plainIds)} + ${elsewhere('ops', anonymousIds)} as elsewhere
  `.execute(trx);
  const answer = rows[0];
  if (!answer) throw new Error('The push statement did not answer.');
  if (Number(answer.written) !== plainIds.length + anonymousIds.length || Number(answer.elsewhere) > 0) throw new Unusual('seen');
  const over = quotas?.over(answer.quotas) ?? [];
  if (over.length > 0) {
    rememberPastLimit(over, quotaHour(now));
    throw new Unusual('quota');
  }
}
