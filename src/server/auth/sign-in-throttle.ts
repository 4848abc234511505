// A brake on password guessing, kept in the database so every server instance sees the same count.
//
// Each try is counted BEFORE its password is checked, in one atomic statement, so guesses sent all at once cannot
// slip past the count while the slow hash runs. The FAILURES_BEFORE_LOCK-th try in a row starts a lock: further
// tries are refused for a while — a correct password too — and each lock in a row lasts twice as long as the one
// before, up to MAX_LOCK_MS. A correct password ends the count, unless another try locked the brake while it was
// being checked.
//
// Brakes are per sign-in name (the lowercased email, known account or not, so a lock says nothing about who has an
// account) for browsers the account has never signed in from, and per (account, known browser) for the ones it has
// (see known-devices.ts). So an attacker can keep an account shut for new browsers, but not for the member's own.
import { createHash } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { HttpError } from '../lib/errors';

type Db = Kysely<Database> | Transaction<Database>;

export const FAILURES_BEFORE_LOCK = 5;
export const FIRST_LOCK_MS = 60_000;
export const MAX_LOCK_MS = 15 * 60_000;
/** Failures and locks older than this are forgotten: the next lock starts short again. */
export const FORGET_AFTER_MS = 60 * 60_000;

/** Which brake a try counts against. */
export interface Brake {
  key: string;
  /** Whose brake it is, when that is known and may be said (never for the account-wide one: see the top). */
  staffId: string | null;
}

/** The brake every browser the account has not signed in from shares. */
export function accountBrake(email: string): Brake {
  return { key: hashKey(`sign-in|${email.trim().toLowerCase()}`), staffId: null };
}
/** A known browser's own brake for one member. */
export function deviceBrake(staffId: string, deviceHash: string): Brake {
  return { key: hashKey(`sign-in-device|${staffId}|${deviceHash}`), staffId };
}
/** Checking the current password to change it, from a signed-in session. */
export function passwordChangeBrake(staffId: string): Brake {
  return { key: hashKey(`password-change|${staffId}`), staffId };
}
/** Kept for callers that name the account-wide brake by email. */
export function throttleKey(email: string): string {
  return accountBrake(email).key;
}
function hashKey(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

export function lockLength(locks: number): number {
  return Math.min(MAX_LOCK_MS, FIRST_LOCK_MS * 2 ** Math.max(0, locks - 1));
}

/** lockLength as SQL over a column (both databases; no pow() in SQLite). */
function lockLengthSql(locks: ReturnType<typeof sql<number>>) {
  const steps: Array<ReturnType<typeof sql>> = [];
  for (let n = 1; lockLength(n) < MAX_LOCK_MS; n += 1) steps.push(sql`when ${sql.lit(n)} then ${sql.lit(lockLength(n))}`);
  return sql<number>`(case ${locks} ${sql.join(steps, sql` `)} else ${sql.lit(MAX_LOCK_MS)} end)`;
}

export class SignInLocked extends HttpError {
  constructor(readonly retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super(
      429,
      'sign-in-locked',
      `Too many wrong passwords for this account. Wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again, or ask an admin to reset your password.`,
    );
  }
}

/** A counted try: what the brake looked like just after it was counted. */
export interface Attempt {
  brake: Brake;
  locks: number;
  lockedUntil: number;
  /** The lock's length in ms when this try started it, else null. */
  startedLockMs: number | null;
}

/**
 * Counts a try before its password is checked. Throws SignInLocked while the brake is locked (the try is not
 * counted). Exactly one of many concurrent tries starts each lock.
 */
export async function claimAttempt(db: Db, brake: Brake, now: Date): Promise<Attempt> {
  const t = now.getTime();
  const stale = sql<boolean>`sign_in_throttle.last_failure_at < cast(${t - FORGET_AFTER_MS} as bigint)`;
  const failuresBefore = sql<number>`(case when ${stale} then 0 else sign_in_throttle.failures end)`;
  const locksBefore = sql<number>`(case when ${stale} then 0 else sign_in_throttle.locks end)`;
  const locking = sql<boolean>`${failuresBefore} + 1 >= ${sql.lit(FAILURES_BEFORE_LOCK)}`;
  for (let round = 0; round < 3; round += 1) {
    // One statement: on PostgreSQL the conflicting row is locked and the WHERE is checked on its newest version; on
    // SQLite there is one writer. So the count cannot be read twice before it is written.
    const row = await db
      .insertInto('sign_in_throttle')
      .values({ key: brake.key, failures: 1, locks: 0, locked_until: 0, last_failure_at: t, staff_id: brake.staffId })
      .onConflict((oc) =>
        oc
          .column('key')
          .doUpdateSet({
            failures: sql<number>`case when ${locking} then 0 else ${failuresBefore} + 1 end`,
            locks: sql<number>`case when ${locking} then ${locksBefore} + 1 else ${locksBefore} end`,
            locked_until: sql<number>`case when ${locking} then cast(${t} as bigint) + ${lockLengthSql(sql<number>`${locksBefore} + 1`)} else sign_in_throttle.locked_until end`,
            last_failure_at: sql<number>`cast(${t} as bigint)`,
          })
          .where(sql<boolean>`sign_in_throttle.locked_until <= cast(${t} as bigint)`),
      )
      .returning(['locks', 'locked_until'])
      .executeTakeFirst();
    if (row) {
      const lockedUntil = Number(row.locked_until);
      return { brake, locks: Number(row.locks), lockedUntil, startedLockMs: lockedUntil > t ? lockedUntil - t : null };
    }
    const held = await db.selectFrom('sign_in_throttle').select('locked_until').where('key', '=', brake.key).executeTakeFirst();
    const until = held ? Number(held.locked_until) : 0;
    if (until > t) throw new SignInLocked(Math.ceil((until - t) / 1000));
    // The row went (a success or a sweep) between the two statements: count again.
  }
  throw new SignInLocked(1);
}

/**
 * A correct password: ends the count, inside the transaction that starts the session. Throws SignInLocked (rolling
 * the transaction back) when another try locked the brake while this password was being checked.
 */
export async function settleSuccess(trx: Transaction<Database>, attempt: Attempt, now: Date): Promise<void> {
  // A no-op write first, so on PostgreSQL the row stays locked until the transaction ends.
  const row = await trx
    .updateTable('sign_in_throttle')
    .set({ failures: sql<number>`failures` })
    .where('key', '=', attempt.brake.key)
    .returning(['locks', 'locked_until'])
    .executeTakeFirst();
  if (!row) return;
  const until = Number(row.locked_until);
  const lockedByAnother = until > now.getTime() && (Number(row.locks) !== attempt.locks || until !== attempt.lockedUntil);
  if (lockedByAnother) throw new SignInLocked(Math.ceil((until - now.getTime()) / 1000));
  await trx.deleteFrom('sign_in_throttle').where('key', '=', attempt.brake.key).execute();
}

/** An admin's reset or a change of password clears the account-wide brake and every brake of that member. */
export async function clearThrottle(db: Db, email: string, staffId: string): Promise<void> {
  await db
    .deleteFrom('sign_in_throttle')
    .where((eb) => eb.or([eb('key', '=', accountBrake(email).key), eb('staff_id', '=', staffId)]))
    .execute();
}

/** Old rows go now and then; they would be forgotten anyway. */
export async function sweepThrottle(db: Db, now: Date): Promise<void> {
  await db
    .deleteFrom('sign_in_throttle')
    .where('last_failure_at', '<', now.getTime() - FORGET_AFTER_MS)
    .where('locked_until', '<', now.getTime())
    .execute();
}
