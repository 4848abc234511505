// Quotas on what phones can create. One phone, or every phone that joined with one council's code together (a care
// home where thirty children share the code), may create only so many of each kind per hour; past that an op is
// rejected with 'too-many', which the phone shows kindly and keeps in its "couldn't send" list like any rejection.
//
// Words that may be a disclosure of harm are never refused by a quota (they are still counted): otherwise one
// person flooding a join code could stop a child in danger from being heard. The handler of a kind that carries
// such words takes the quota itself, after its safety check, with `exempt` set (see OpContext.takeQuota).
//
// The counters live in the database (any number of server processes share them) and hold nothing but counts per
// phone or council, kind and UTC hour, deleted about a day later. They are taken inside the op's savepoint, so an op
// that is rejected for any reason (this one included) is not counted, and a repeat of an accepted op never reaches
// here: the push engine answers it 'duplicate' from the op record first.
import { sql, type Kysely } from 'kysely';
import { ANONYMOUS_OP_TYPES, type OpType } from '../../shared/protocol';
import type { Database } from '../db/schema';
import type { DeviceAuth } from '../lib/route';
import type { OpOutcome } from './types';

export interface QuotaLimits {
  /**
   * Per phone per hour. Leave it out for a kind that must not be linked to a phone (an anonymous survey response):
   * then nothing about the phone is counted, only the council's total.
   */
  perDevice?: number;
  /** Per council (every phone with its join code) per hour. */
  perCouncil: number;
}
export type Quotas = Partial<Record<OpType, QuotaLimits>>;

/**
 * Generous for real use: a young person at a participation session may post twenty times in an hour, and a council
 * may have three hundred young people at one event. A kind not listed has no quota; a new kind is one line here,
 * e.g. `'request.create': { perDevice: 10, perCouncil: 500 }`, or `'survey.submit': { perCouncil: 5000 }` (no count
 * per phone, so an anonymous response stays unlinked to it).
 */
export const QUOTAS: Quotas = {
  'wall.post': { perDevice: 60, perCouncil: 3000 },
  'poll.suggest': { perDevice: 20, perCouncil: 1000 },
  // Asking for help: more than anyone needs in an hour, so only a script is ever refused (and never words about harm).
  'request.create': { perDevice: 20, perCouncil: 2000 },
  'request.message': { perDevice: 60, perCouncil: 3000 },
  // Anonymous: counted only for the council as a whole, never per phone.
  'survey.submit': { perCouncil: 5000 },
};

/** Counts are kept this long after their hour, then swept. */
export const QUOTA_KEEP_HOURS = 25;
/** How often one server process sweeps old counts (any process that takes pushes does it; doing it twice is harmless). */
const SWEEP_EVERY_MS = 10 * 60_000;

/** The UTC hour a count belongs to: '2026-03-02T10'. Sorts as text in time order. */
export function quotaHour(at: Date): string {
  return at.toISOString().slice(0, 13);
}

/** Adds one to a counter and answers the new count (atomic on both databases: concurrent pushes each see their own). */
async function increment(db: Kysely<Database>, scope: 'device' | 'council', subjectId: string, kind: string, hour: string): Promise<number> {
  const row = await db
    .insertInto('op_quotas')
    .values({ scope, subject_id: subjectId, kind, hour, count: 1 })
    .onConflict((oc) => oc.columns(['scope', 'subject_id', 'kind', 'hour']).doUpdateSet({ count: sql<number>`op_quotas.count + 1` }))
    .returning('count')
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export interface TakeQuotaOptions {
  /**
   * Words that may be a disclosure of harm: never refused because of what other phones (or this phone's ordinary
   * posts) used up, so nobody can block a child by flooding. They have one allowance of their own per phone
   * (`POSSIBLE_HARM_PER_PHONE` an hour), so a script on one phone cannot bury the safeguarding queue either.
   */
  exempt?: boolean;
  quotas?: Quotas;
}

/** Possible disclosures one phone can send in an hour, apart from its ordinary allowance (a shared tablet included). */
export const POSSIBLE_HARM_PER_PHONE = 20;
/** Possible disclosures in anonymous answers a council's phones can send in an hour (never counted per phone). */
export const POSSIBLE_HARM_PER_COUNCIL = 2000;

/** One counter an op is counted on, with its limit and the words of the refusal past it. */
export interface QuotaCounter {
  scope: 'device' | 'council';
  subjectId: string;
  kind: string;
  limit: number;
  message: string;
}

/**
 * The counters one op of this type is counted on, in the order they are taken (the phone's own first): none for a kind
 * without a quota. `exempt` ops (possible disclosures) count against their own allowance instead.
 */
export function quotaCounters(device: DeviceAuth, type: string, { exempt = false, quotas = QUOTAS }: TakeQuotaOptions = {}): QuotaCounter[] {
  const limits = Object.hasOwn(quotas, type) ? quotas[type as OpType] : undefined;
  if (!limits) return [];
  if (exempt) {
    // An anonymous op (a survey) writes no row about its phone: its possible disclosures are counted for the council.
    if (ANONYMOUS_OP_TYPES.has(type)) {
      return [
        {
          scope: 'council',
          subjectId: device.councilId,
          kind: `${type}:possible-harm`,
          limit: POSSIBLE_HARM_PER_COUNCIL,
          message: 'A great many answers that may be about harm arrived in the last hour. Try again later.',
        },
      ];
    }
    return [
      {
        scope: 'device',
        subjectId: device.deviceId,
        kind: `${type}:possible-harm`,
        limit: POSSIBLE_HARM_PER_PHONE,
        message: 'This phone has sent a great many posts that may be about harm in the last hour. Wait a while and try again.',
      },
    ];
  }
  const counters: QuotaCounter[] = [];
  if (limits.perDevice !== undefined) {
    counters.push({
      scope: 'device',
      subjectId: device.deviceId,
      kind: type,
      limit: limits.perDevice,
      message: 'This phone has sent a lot of these in the last hour. Wait a while and try again.',
    });
  }
  counters.push({
    scope: 'council',
    subjectId: device.councilId,
    kind: type,
    limit: limits.perCouncil,
    message: 'Phones with this join code have sent a lot of these in the last hour. Wait a while and try again.',
  });
  return counters;
}

/**
 * Counts one more op of this type for the phone and for its council, or answers the rejection when either is past
 * its limit (`exempt` ops count against their own allowance instead). Call it inside the op's savepoint: a rejection rolls the savepoint back, so counts
 * only ever hold ops that were accepted. The phone's own count is taken first, so a phone already past its limit
 * never waits on (or adds to) the council's row.
 */
export async function takeQuota(
  trx: Kysely<Database>,
  device: DeviceAuth,
  type: string,
  now: Date,
  options: TakeQuotaOptions = {},
): Promise<Extract<OpOutcome, { status: 'rejected' }> | null> {
  const hour = quotaHour(now);
  for (const counter of quotaCounters(device, type, options)) {
    if ((await increment(trx, counter.scope, counter.subjectId, counter.kind, hour)) > counter.limit) {
      return { status: 'rejected', code: 'too-many', message: counter.message };
    }
  }
  return null;
}

/** A counter and how many ops of one push it takes. */
export interface QuotaTake {
  counter: QuotaCounter;
  count: number;
}

/**
 * Adds a whole push's ops to their counters in ONE statement, and answers the counters that went past their limit.
 * None means each op on its own would have been within every limit too, since counts only grow; any means some op
 * would have been refused: the caller rolls back and takes the ops one by one. Rows go in the order the op-by-op path
 * locks them (phones' rows before councils'), so the two paths on PostgreSQL wait on each other, not deadlock.
 */
export async function takeQuotasAtOnce(trx: Kysely<Database>, takes: readonly QuotaTake[], now: Date): Promise<QuotaCounter[]> {
  if (takes.length === 0) return [];
  const { query, over } = quotasAtOnce(trx, takes, now);
  return over(await query.execute());
}

/**
 * takeQuotasAtOnce in two halves, for a caller that runs the upsert as part of a larger statement: `query` (not to be
 * run with no takes) and `over`, which reads its returned rows.
 */
export function quotasAtOnce(trx: Kysely<Database>, takes: readonly QuotaTake[], now: Date) {
  const hour = quotaHour(now);
  const key = (c: { scope: string; subjectId: string; kind: string }) => `${c.scope}\u0000${c.subjectId}\u0000${c.kind}`;
  const order = (scope: string) => (scope === 'device' ? 0 : 1);
  const sorted = [...takes].sort(
    (a, b) => order(a.counter.scope) - order(b.counter.scope) || (key(a.counter) < key(b.counter) ? -1 : key(a.counter) > key(b.counter) ? 1 : 0),
  );
  const counters = new Map(sorted.map((t) => [key(t.counter), t.counter]));
  const query = trx
    .insertInto('op_quotas')
    .values(sorted.map((t) => ({ scope: t.counter.scope, subject_id: t.counter.subjectId, kind: t.counter.kind, hour, count: t.count })))
    .onConflict((oc) => oc.columns(['scope', 'subject_id', 'kind', 'hour']).doUpdateSet({ count: sql<number>`op_quotas.count + excluded.count` }))
    .returning(['scope', 'subject_id', 'kind', 'count']);
  const over = (rows: ReadonlyArray<{ scope: string; subject_id: string; kind: string; count: number | string }>): QuotaCounter[] => {
    if (rows.length !== sorted.length) throw new Error('The quota counters did not all answer.');
    return rows.flatMap((r) => {
      const counter = counters.get(key({ scope: r.scope, subjectId: r.subject_id, kind: r.kind }));
      if (!counter) throw new Error('A quota counter answered that was not asked for.');
      return Number(r.count) > counter.limit ? [counter] : [];
    });
  };
  return { query, over };
}

/** Deletes counts older than QUOTA_KEEP_HOURS. */
export async function sweepQuotas(db: Kysely<Database>, now: Date): Promise<void> {
  const cutoff = quotaHour(new Date(now.getTime() - QUOTA_KEEP_HOURS * 60 * 60_000));
  await db.deleteFrom('op_quotas').where('hour', '<', cutoff).execute();
}

let lastSweepMs = Number.NEGATIVE_INFINITY;
/** Sweeps now and then from the push path, so old counts go without a separate job. Never fails a push. */
export async function sweepQuotasNowAndThen(db: Kysely<Database>, now: Date): Promise<void> {
  const nowMs = now.getTime();
  if (Math.abs(nowMs - lastSweepMs) < SWEEP_EVERY_MS) return;
  lastSweepMs = nowMs;
  await sweepQuotas(db, now).catch(() => undefined);
}
