// Opening a request from any device with its reference and check code (no device token). Wrong tries are counted per
// reference and per address each hour; past either limit every try is refused before the code is checked, so a right
// code cannot finish off a guess. A wrong reference and a wrong code get the same answer after the same work.
import { quotaHour } from '../../../sync/quota';
import type { Db } from '../../../db/schema';
import { HttpError } from '../../../lib/errors';
import type { AppDeps } from '../../../lib/route';
import { sql } from 'kysely';
import { verifyCheckCode } from './ref';
import type { RequestRow } from './view';

export const LOOKUP_LIMITS = {
  /** Wrong check codes for one reference in an hour (the young person mistyping, not a guess at 10 characters). */
  perRefPerHour: 5,
  /** Wrong tries from one address in an hour (a care home's shared address included). */
  perAddressPerHour: 20,
};

function secondsToNextHour(now: Date): number {
  return Math.max(1, 3600 - Math.floor((now.getTime() % 3_600_000) / 1000));
}

/** 429 `too-many-tries`, with the seconds until the next hour (when the counts start again) for Retry-After. */
export interface TooManyTries extends HttpError {
  retryAfterSeconds: number;
}
export const isTooManyTries = (error: unknown): error is TooManyTries => error instanceof HttpError && error.code === 'too-many-tries';

function tooManyTries(now: Date): TooManyTries {
  const error = new HttpError(429, 'too-many-tries', 'Too many tries that did not match. Wait a while, check the reference and code, and try again.');
  return Object.assign(error, { retryAfterSeconds: secondsToNextHour(now) });
}

/** Adds one try and answers the hour's count (atomic on both databases: tries at once each see their own). */
async function countTry(db: Db, scope: 'ref' | 'address', subject: string, hour: string, by = 1): Promise<number> {
  const row = await db
    .insertInto('request_lookup_failures')
    .values({ scope, subject, hour, count: by })
    .onConflict((oc) => oc.columns(['scope', 'subject', 'hour']).doUpdateSet({ count: sql<number>`request_lookup_failures.count + ${by}` }))
    .returning('count')
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/**
 * The request with this reference when the code is right; else 404 (or 429 past a limit). Each try is counted
 * BEFORE the code is checked, so many tries at once cannot all slip under the limit; a right code takes its count
 * back, so only wrong ones add up.
 */
export async function openByRef(deps: AppDeps, ref: string, checkCode: string, address: string): Promise<RequestRow> {
  const now = deps.now();
  const hour = quotaHour(now);
  const tries = await deps.db.transaction().execute(async (trx) => {
    const byRef = await countTry(trx, 'ref', ref, hour);
    const byAddress = await countTry(trx, 'address', address, hour);
    // Counts older than a day are of no use: swept as new ones are written.
    await trx
      .deleteFrom('request_lookup_failures')
      .where('hour', '<', quotaHour(new Date(now.getTime() - 25 * 3_600_000)))
      .execute();
    return { byRef, byAddress };
  });
  if (tries.byRef > LOOKUP_LIMITS.perRefPerHour || tries.byAddress > LOOKUP_LIMITS.perAddressPerHour) throw tooManyTries(now);
  const request = await deps.db.selectFrom('requests').selectAll().where('ref', '=', ref).executeTakeFirst();
  if (await verifyCheckCode(checkCode, request?.check_hash)) {
    await deps.db.transaction().execute(async (trx) => {
      await countTry(trx, 'ref', ref, hour, -1);
      await countTry(trx, 'address', address, hour, -1);
    });
    return request!;
  }
  throw new HttpError(404, 'not-found', 'No request matches that reference and check code.');
}
