// Applies pushed ops exactly once. On SQLite a push is one transaction, on PostgreSQL each op is; each op runs in a
// savepoint: look up its id (a repeat answers the first result), validate it, run its feature's handler, then store
// the result under the op id. Concurrent copies of one op race on the ops primary key (or the handler's own keys):
// the loser's savepoint rolls back and it answers as a repeat.
import { sql, type ControlledTransaction, type Kysely } from 'kysely';
import type { z } from 'zod';
import { ANONYMOUS_OP_TYPES, OP_PAYLOADS, opResultSchema, type Op, type OpResult, type OpType } from '../../shared/protocol';
import type { Database } from '../db/schema';
import { parseJsonColumn } from '../lib/json-column';
import { hasNul } from '../lib/nul';
import type { DeviceAuth } from '../lib/route';
import { isPostgres } from './change-log';
import { quickPush } from './quick-push';
import { sweepQuotasNowAndThen, takeQuota } from './quota';
import { insertNow, memoise, type OpContext, type OpHandler, type OpHandlers, type OpOutcome, type Rejection } from './types';

/** What is kept under the op id: the first answer, without the id and without who sent it from where. */
type StoredResult = Omit<OpResult, 'id'>;
const storedResultSchema = opResultSchema.omit({ id: true });

export interface PushDeps {
  db: Kysely<Database>;
  now: () => Date;
}

function isOpType(type: string): type is OpType {
  return Object.hasOwn(OP_PAYLOADS, type);
}

function zodMessage(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'The payload is not valid.';
  const field = issue.path.map(String).join('.');
  return field ? `${field}: ${issue.message}` : issue.message;
}

/** A unique-key clash: PostgreSQL 23505, or SQLite's constraint codes. */
export function isUniqueViolation(error: unknown): boolean {
  if (!error || typeof error !== 'object' || !('code' in error)) return false;
  const code = (error as { code: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/**
 * The answer to an op id seen before. Another device's op id answers not-allowed, so its result never leaks. An
 * anonymous op's record names no device (ANONYMOUS_OP_TYPES): any device of its council that knows the random op id
 * (in practice only the one that made it) hears 'duplicate', which tells it nothing but that the op arrived.
 */
function repeatOf(op: Op, stored: { council_id: string; device_id: string | null; type: string; result: string }, device: DeviceAuth): OpResult {
  const anonymous = stored.device_id === null && ANONYMOUS_OP_TYPES.has(stored.type);
  if (stored.council_id !== device.councilId || (!anonymous && stored.device_id !== device.deviceId)) {
    return { id: op.id, status: 'rejected', code: 'not-allowed', message: 'This was already sent by another device.' };
  }
  const first: StoredResult = parseJsonColumn(storedResultSchema, stored.result);
  // A rejection stays a rejection (the device keeps showing why); an accepted op answers 'duplicate'.
  if (first.status === 'rejected') return { id: op.id, ...first };
  return { id: op.id, ...first, status: 'duplicate' };
}

/** The record of an op id, wherever it is kept: one statement, so it sees both tables at the same moment. */
function findStored(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('ops')
    .select(['council_id', 'device_id', 'type', 'result'])
    .where('id', '=', id)
    .unionAll(
      db
        .selectFrom('anonymous_ops')
        .select(['council_id', sql<string | null>`null`.as('device_id'), 'type', 'result'])
        .where('id', '=', id),
    )
    .executeTakeFirst();
}

/** One op inside the push's transaction, in a savepoint of its own: a repeat answers the first result. */
async function applyInside(
  trx: ControlledTransaction<Database, ['op']>,
  device: DeviceAuth,
  op: Op,
  handlers: OpHandlers,
  now: Date,
): Promise<OpResult> {
  const stored = await findStored(trx, op.id);
  if (stored) return repeatOf(op, stored, device);
  let outcome: OpOutcome;
  if (!isOpType(op.type)) {
    outcome = { status: 'rejected', code: 'unknown-type', message: `Heard does not know the action "${op.type}".` };
  } else {
    const payload = OP_PAYLOADS[op.type].safeParse(op.payload);
    const handler = handlers[op.type] as OpHandler<typeof op.type> | undefined;
    if (!payload.success) {
      outcome = { status: 'rejected', code: 'invalid-payload', message: zodMessage(payload.error) };
    } else if (hasNul(payload.data)) {
      outcome = { status: 'rejected', code: 'invalid-payload', message: 'The text holds a character that cannot be stored.' };
    } else if (!handler) {
      outcome = { status: 'rejected', code: 'unknown-type', message: `This server cannot take "${op.type}" yet.` };
    } else {
      // Past its quota, an op is rejected (and, rolled back, is not counted and leaves nothing behind). The quota is
      // taken once: by a handler that checks for a disclosure (which is never refused), else here after the handler.
      let quota: Promise<Rejection | null> | undefined;
      const ctx: OpContext = {
        trx,
        device,
        op: { id: op.id, createdAt: op.createdAt },
        now,
        // One op: its lookups are its own (a later op of the push may run after a concurrent change, in a new
        // transaction on PostgreSQL).
        once: memoise(),
        takeQuota: ({ exempt }) => (quota ??= takeQuota(trx, device, op.type, now, { exempt })),
        insertRow: insertNow(trx),
      };
      outcome = await handler(ctx, payload.data as never);
      if (outcome.status === 'accepted') outcome = (await ctx.takeQuota({ exempt: false })) ?? outcome;
      // A rejected op leaves nothing but its record: the op's savepoint (which stays open) takes back what it wrote.
      if (outcome.status === 'rejected') await trx.rollbackToSavepoint('op').execute();
    }
  }
  const anonymous = ANONYMOUS_OP_TYPES.has(op.type);
  const result: StoredResult =
    outcome.status === 'accepted'
      ? { status: 'accepted', ...(outcome.ref && !anonymous ? { ref: outcome.ref } : {}) }
      : { status: 'rejected', code: outcome.code, message: outcome.message };
  if (anonymous) {
    // An anonymous op (a survey response) is never linked to the device that sent it: its record names no device,
    // keeps only its month (the first of it), and lives apart from `ops` — in key order, not beside the phone's
    // other ops (see migration 020).
    await trx
      .insertInto('anonymous_ops')
      .values({
        id: op.id,
        council_id: device.councilId,
        type: op.type,
        result: JSON.stringify(result),
        received_on: `${now.toISOString().slice(0, 7)}-01`,
      })
      .execute();
  } else {
    await trx
      .insertInto('ops')
      .values({
        id: op.id,
        council_id: device.councilId,
        device_id: device.deviceId,
        type: op.type,
        result: JSON.stringify(result),
        // A day, not a time: ops are evidence of delivery, not a record of when someone was awake.
        received_on: now.toISOString().slice(0, 10),
      })
      .execute();
  }
  return { id: op.id, ...result };
}

/**
 * One op in its own savepoint of the push's transaction. When another push raced it on a unique key and committed
 * first, the savepoint is rolled back (the transaction goes on): a copy of this op answers as a repeat; a different op
 * that clashed on a feature's own key (two "me too"s at once) runs once more, now that the other is visible.
 */
async function applyOne(trx: ControlledTransaction<Database>, device: DeviceAuth, op: Op, handlers: OpHandlers, now: Date): Promise<OpResult> {
  for (let attempt = 1; ; attempt++) {
    const sp = await trx.savepoint('op').execute();
    try {
      const result = await applyInside(sp, device, op, handlers, now);
      await sp.releaseSavepoint('op').execute();
      return result;
    } catch (error) {
      await sp.rollbackToSavepoint('op').execute();
      if (!isUniqueViolation(error)) throw error;
      const stored = await findStored(trx, op.id);
      if (stored) return repeatOf(op, stored, device);
      if (attempt >= 2) throw error;
    }
  }
}

/** Runs `ops` in one transaction (each in its own savepoint); run again from the start after a deadlock. */
async function inOneTransaction(deps: PushDeps, device: DeviceAuth, ops: readonly Op[], handlers: OpHandlers): Promise<OpResult[]> {
  for (let attempt = 1; ; attempt++) {
    const now = deps.now();
    const trx = await deps.db.startTransaction().execute();
    try {
      const results: OpResult[] = [];
      for (const op of ops) results.push(await applyOne(trx, device, op, handlers, now));
      await trx.commit().execute();
      return results;
    } catch (error) {
      await trx
        .rollback()
        .execute()
        .catch(() => undefined);
      // PostgreSQL broke a deadlock between two transactions that touch the same rows in a different order (two
      // phones' "me too"s on two posts): nothing of this one was kept, so it runs again from the start.
      if (isRetryable(error) && attempt < 3) continue;
      throw error;
    }
  }
}

/**
 * Applies the ops in order; one op's rejection never stops the others. First the quick path (quick-push.ts): the
 * whole push in ONE transaction on PostgreSQL (its writes in one statement), and on SQLite in a savepoint of a transaction shared with the pushes
 * that arrive at the same moment (group commit: one sync to disk for all of them), when every op is new and accepted;
 * if anything is unusual it keeps nothing, and the ops run one by one as follows. The answer is sent only after the commit, so
 * every op answered "accepted" is durable: a phone deletes its copy only of what the server cannot lose.
 * - SQLite (one writer; `synchronous = FULL`): the whole push is ONE transaction, so it costs one sync to disk.
 * - PostgreSQL (commits are durable; many writers): one transaction per op, so the council's change-log counter row
 *   (locked until commit, see change-log.ts) is held for one op, not a whole push, and pushes from many phones
 *   interleave instead of queueing behind each other.
 */
export async function pushOps(deps: PushDeps, device: DeviceAuth, ops: readonly Op[], handlers: OpHandlers): Promise<OpResult[]> {
  await sweepQuotasNowAndThen(deps.db, deps.now());
  // The usual push (every op new, valid and accepted) in one transaction with a few statements; anything else, op by op.
  const quick = await quickPush(deps, device, ops, handlers);
  if (quick) return quick;
  if (!isPostgres(deps.db)) return inOneTransaction(deps, device, ops, handlers);
  const results: OpResult[] = [];
  for (const op of ops) results.push(...(await inOneTransaction(deps, device, [op], handlers)));
  return results;
}

/** PostgreSQL's deadlock_detected and serialization_failure: the transaction was rolled back and may be run again. */
function isRetryable(error: unknown): boolean {
  const code = error && typeof error === 'object' && 'code' in error ? (error as { code: unknown }).code : undefined;
  return code === '40P01' || code === '40001';
}
