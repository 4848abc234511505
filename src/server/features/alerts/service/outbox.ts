// The alert outbox. An alert is a row written in the caller's transaction, so it exists exactly when what it is about
// was committed. Senders claim a row with one conditional UPDATE (pending and due, or a claim that ran out), so two
// servers never both hold it; the claim's token must match when the result is written back.
import type { Kysely } from 'kysely';
import { newId } from '../../../../shared/ids';
import type { Database, Trx } from '../../../db/schema';
import type { AlertInput } from '../../../ports/alerts';

/** A sender that stops (a crash, a restart) loses its claim after this; another sender then tries the row again. */
export const CLAIM_MS = 2 * 60_000;
const FIRST_RETRY_MS = 60_000;
const LONGEST_WAIT_MS = 60 * 60_000;

/** 1 minute after the first failure, doubling, never more than an hour: an alert is retried until it goes. */
export function retryDelay(attempts: number): number {
  return Math.min(LONGEST_WAIT_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));
}

/** Due at once: `at` (when the thing started waiting) is never later than the caller's now. */
export async function insertAlert(trx: Trx, alert: AlertInput): Promise<void> {
  if (!alert.path.startsWith('/staff/')) throw new Error(`An alert links into the staff area, not to ${alert.path}.`);
  await trx
    .insertInto('alert_outbox')
    .values({
      id: newId(),
      council_id: alert.councilId,
      kind: alert.kind,
      path: alert.path,
      to_staff_id: alert.toStaffId ?? null,
      at: alert.at.toISOString(),
      state: 'pending',
      attempts: 0,
      next_at: alert.at.toISOString(),
      claim_token: null,
      claimed_until: null,
      last_error: null,
      created_at: alert.at.toISOString(),
      sent_at: null,
    })
    .execute();
}

export interface Claimed {
  id: string;
  token: string;
}

/**
 * Claims up to `limit` alerts that are due, of councils that have set up email (the others stay queued until they
 * do). Each row is taken by its own conditional UPDATE: of two senders racing for it, one changes it and the other
 * changes nothing, and only the one that changed it sends.
 */
export async function claimDue(db: Kysely<Database>, now: Date, limit: number): Promise<Claimed[]> {
  const at = now.toISOString();
  const candidates = await db
    .selectFrom('alert_outbox as o')
    .innerJoin('mail_settings as m', 'm.council_id', 'o.council_id')
    .select('o.id')
    .where((eb) =>
      eb.or([
        eb.and([eb('o.state', '=', 'pending'), eb('o.next_at', '<=', at)]),
        eb.and([eb('o.state', '=', 'sending'), eb('o.claimed_until', '<', at)]),
      ]),
    )
    .orderBy('o.next_at')
    .orderBy('o.id')
    .limit(limit)
    .execute();
  const claimed: Claimed[] = [];
  for (const { id } of candidates) {
    const token = newId();
    const result = await db
      .updateTable('alert_outbox')
      .set({ state: 'sending', claim_token: token, claimed_until: new Date(now.getTime() + CLAIM_MS).toISOString() })
      .where('id', '=', id)
      .where((eb) =>
        eb.or([eb.and([eb('state', '=', 'pending'), eb('next_at', '<=', at)]), eb.and([eb('state', '=', 'sending'), eb('claimed_until', '<', at)])]),
      )
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 1) claimed.push({ id, token });
  }
  return claimed;
}

export async function markSent(db: Kysely<Database>, claim: Claimed, now: Date): Promise<void> {
  await db
    .updateTable('alert_outbox')
    .set({ state: 'sent', sent_at: now.toISOString(), claim_token: null, claimed_until: null, last_error: null })
    .where('id', '=', claim.id)
    .where('claim_token', '=', claim.token)
    .execute();
}

/** Back to pending, to be tried again after the backoff; the reason is kept for the admin's screen. */
export async function markFailed(db: Kysely<Database>, claim: Claimed, now: Date, reason: string): Promise<void> {
  const row = await db
    .selectFrom('alert_outbox')
    .select('attempts')
    .where('id', '=', claim.id)
    .where('claim_token', '=', claim.token)
    .executeTakeFirst();
  if (!row) return;
  const attempts = Number(row.attempts) + 1;
  await db
    .updateTable('alert_outbox')
    .set({
      state: 'pending',
      attempts,
      next_at: new Date(now.getTime() + retryDelay(attempts)).toISOString(),
      claim_token: null,
      claimed_until: null,
      last_error: reason.slice(0, 300),
    })
    .where('id', '=', claim.id)
    .where('claim_token', '=', claim.token)
    .execute();
}
