// Device tokens: a random bearer token identifies a device (never a person). The database keeps only its sha256,
// so a leaked database cannot be used to speak as a device.
import { createHash, randomBytes } from 'node:crypto';
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
export async function authenticateDevice(
  deps: Pick<AppDeps, 'db' | 'now'>,
  authorization: string | undefined,
): Promise<DeviceAuth | null> {
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
