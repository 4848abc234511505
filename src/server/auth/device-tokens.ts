// Device tokens: a random bearer token identifies a device (never a person). The database keeps only its sha256,
// so a leaked database cannot be used to speak as a device.
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { newId } from '../../shared/ids';
import type { Database } from '../db/schema';
import type { AppDeps, DeviceAuth } from '../lib/route';

export function newDeviceToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashDeviceToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** A calendar day (UTC): last_seen_on is coarse on purpose, it only tells which devices are still in use. */
export function dayOf(at: Date): string {
  return at.toISOString().slice(0, 10);
}

const BEARER = /^Bearer ([A-Za-z0-9_-]{20,100})$/;

/** The device behind an `Authorization: Bearer <token>` header, or null when missing, malformed or unknown. */
export async function authenticateDevice(deps: Pick<AppDeps, 'db' | 'now'>, authorization: string | undefined): Promise<DeviceAuth | null> {
  const token = authorization ? BEARER.exec(authorization.trim())?.[1] : undefined;
  if (!token) return null;
  const row = await deps.db
    .selectFrom('devices')
    .select(['id', 'council_id', 'last_seen_on'])
    .where('token_hash', '=', hashDeviceToken(token))
    .executeTakeFirst();
  if (!row) return null;
  // At most one write a day per device, so pulls stay read-only.
  const today = dayOf(deps.now());
  if (row.last_seen_on !== today) {
    await deps.db.updateTable('devices').set({ last_seen_on: today }).where('id', '=', row.id).execute();
  }
  return { deviceId: row.id, councilId: row.council_id };
}

/** Records a device that joined a council; only the token's hash is kept. */
export async function registerDevice(
  db: Kysely<Database> | Transaction<Database>,
  device: { id: string; councilId: string; token: string; now: Date },
): Promise<void> {
  await db
    .insertInto('devices')
    .values({
      id: device.id,
      council_id: device.councilId,
      token_hash: hashDeviceToken(device.token),
      created_at: device.now.toISOString(),
      last_seen_on: dayOf(device.now),
    })
    .execute();
}

/** The device's token stops working for good: its stored hash is replaced by one no token can have. */
export async function revokeDevice(db: Kysely<Database>, deviceId: string, now: Date): Promise<void> {
  await db
    .updateTable('devices')
    .set({ token_hash: `revoked:${newId()}`, revoked_at: now.toISOString() })
    .where('id', '=', deviceId)
    .execute();
}
