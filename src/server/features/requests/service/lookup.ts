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

async function failures(db: Db, scope: 'ref' | 'address', subject: string, hour: string): Promise<number> {
  const row = await db
    .selectFrom('request_lookup_failures')
    .select('count')
    .where('scope', '=', scope)
    .where('subject', '=', subject)
    .where('hour', '=', hour)
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}

async function countFailure(db: Db, scope: 'ref' | 'address', subject: string, hour: string): Promise<void> {
  await db
    .insertInto('request_lookup_failures')
    .values({ scope, subject, hour, count: 1 })
    .onConflict((oc) => oc.columns(['scope', 'subject', 'hour']).doUpdateSet({ count: sql<number>`request_lookup_failures.count + 1` }))
    .execute();
}

/** The request with this reference when the code is right; else counts the failure and throws 404 (or 429 past a limit). */
export async function openByRef(deps: AppDeps, ref: string, checkCode: string, address: string): Promise<RequestRow> {
  const now = deps.now();
  const hour = quotaHour(now);
  if (
    (await failures(deps.db, 'ref', ref, hour)) >= LOOKUP_LIMITS.perRefPerHour ||
    (await failures(deps.db, 'address', address, hour)) >= LOOKUP_LIMITS.perAddressPerHour
  ) {
    throw tooManyTries(now);
  }
  const request = await deps.db.selectFrom('requests').selectAll().where('ref', '=', ref).executeTakeFirst();
  if (await verifyCheckCode(checkCode, request?.check_hash)) return request!;
  await deps.db.transaction().execute(async (trx) => {
    await countFailure(trx, 'ref', ref, hour);
    await countFailure(trx, 'address', address, hour);
    // Counts older than a day are of no use: swept as new ones are written.
    await trx
      .deleteFrom('request_lookup_failures')
      .where('hour', '<', quotaHour(new Date(now.getTime() - 25 * 3_600_000)))
      .execute();
  });
  throw new HttpError(404, 'not-found', 'No request matches that reference and check code.');
}
