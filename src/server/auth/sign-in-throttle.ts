// A per-account brake on password guessing, whichever addresses the guesses come from. Kept in the database so every
// server instance sees the same count.
//
// After FAILURES_BEFORE_LOCK wrong passwords for one sign-in name, further tries for it are refused for a short time —
// a correct password too — and each lock in a row lasts twice as long as the one before, up to MAX_LOCK_MS. So an
// attacker can hold an account shut for at most 15 minutes at a time by guessing again and again, and a member of
// staff whose account is locked waits at most 15 minutes; an admin resetting their password ends the lock at once.
// The name is the lowercased email, known account or not, so a lock says nothing about who has an account.
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

export function throttleKey(email: string): string {
  return createHash('sha256').update(`sign-in|${email.trim().toLowerCase()}`).digest('base64url');
}

export function lockLength(locks: number): number {
  return Math.min(MAX_LOCK_MS, FIRST_LOCK_MS * 2 ** Math.max(0, locks - 1));
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

/** Throws SignInLocked while the name is locked. */
export async function refuseIfLocked(db: Db, email: string, now: Date): Promise<void> {
  const row = await db.selectFrom('sign_in_throttle').select('locked_until').where('key', '=', throttleKey(email)).executeTakeFirst();
  const until = row ? Number(row.locked_until) : 0;
  if (until > now.getTime()) throw new SignInLocked(Math.ceil((until - now.getTime()) / 1000));
}

/**
 * Counts a wrong password. Returns the lock's length in ms when this failure starts a lock (exactly one of many
 * concurrent failures does), else null.
 */
export async function recordFailure(db: Db, email: string, now: Date): Promise<number | null> {
  const key = throttleKey(email);
  const t = now.getTime();
  const stale = sql<boolean>`sign_in_throttle.last_failure_at < cast(${t - FORGET_AFTER_MS} as bigint)`;
  const row = await db
    .insertInto('sign_in_throttle')
    .values({ key, failures: 1, locks: 0, locked_until: 0, last_failure_at: t })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: sql<number>`case when ${stale} then 1 else sign_in_throttle.failures + 1 end`,
        locks: sql<number>`case when ${stale} then 0 else sign_in_throttle.locks end`,
        last_failure_at: sql<number>`cast(${t} as bigint)`,
      }),
    )
    .returning(['failures', 'locks'])
    .executeTakeFirstOrThrow();
  if (Number(row.failures) < FAILURES_BEFORE_LOCK) return null;
  const length = lockLength(Number(row.locks) + 1);
  // Only the failure that finds the count still at or past the limit and unlocked starts the lock.
  const locked = await db
    .updateTable('sign_in_throttle')
    .set({ failures: 0, locks: sql<number>`sign_in_throttle.locks + 1`, locked_until: sql<number>`cast(${t + length} as bigint)` })
    .where('key', '=', key)
    .where('failures', '>=', FAILURES_BEFORE_LOCK)
    .executeTakeFirst();
  return Number(locked.numUpdatedRows) > 0 ? length : null;
}

/** A correct password, or an admin's reset, clears the count and any lock. */
export async function clearThrottle(db: Db, email: string): Promise<void> {
  await db.deleteFrom('sign_in_throttle').where('key', '=', throttleKey(email)).execute();
}

/** Old rows go now and then; they would be forgotten anyway. */
export async function sweepThrottle(db: Db, now: Date): Promise<void> {
  await db
    .deleteFrom('sign_in_throttle')
    .where('last_failure_at', '<', now.getTime() - FORGET_AFTER_MS)
    .where('locked_until', '<', now.getTime())
    .execute();
}
