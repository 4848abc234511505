// Browsers a member of staff has signed in from before. At a successful sign-in the browser is given (or keeps) a
// random value in the `__Host-heard-device` cookie and the database keeps its sha256 against that member for
// KNOWN_DEVICE_MS. Such a browser is not held by the account-wide sign-in lock that anyone can set off by guessing
// (it has a brake of its own; see sign-in-throttle.ts), so an attacker cannot keep a member out of their usual
// computer. A cookie, not the client address: many staff share one address behind a council's NAT.
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export const DEVICE_COOKIE = '__Host-heard-device';
export const KNOWN_DEVICE_MS = 90 * 24 * 60 * 60_000;
/** Browsers remembered per member at most; the ones used least recently are forgotten first. */
export const MAX_KNOWN_DEVICES = 20;

/** 32 random bytes in base64url: anything else in the cookie is ignored (and replaced at the next sign-in). */
const WELL_FORMED = /^[A-Za-z0-9_-]{43}$/;

export function deviceHash(value: string): string {
  return createHash('sha256').update(`known-device|${value}`).digest('base64url');
}

/** The cookie's value when it looks like one Heard gave out, else null. */
export function readDeviceCookie(raw: string | undefined): string | null {
  return raw !== undefined && WELL_FORMED.test(raw) ? raw : null;
}

/** The hash of the browser's cookie when this member has signed in from it and it has not expired, else null. */
export async function knownDeviceHash(db: Db, staffId: string, cookie: string | null, now: Date): Promise<string | null> {
  if (cookie === null) return null;
  const hash = deviceHash(cookie);
  const row = await db
    .selectFrom('staff_known_devices')
    .select('device_hash')
    .where('staff_id', '=', staffId)
    .where('device_hash', '=', hash)
    .where('expires_at', '>', now.getTime())
    .executeTakeFirst();
  return row ? hash : null;
}

/**
 * Remembers this browser for the member after a successful sign-in and returns the cookie value to set: the one it
 * has (so a shared office computer stays known for each member who signs in on it) or a new one.
 */
export async function rememberDevice(db: Db, staffId: string, cookie: string | null, now: Date): Promise<string> {
  const value = cookie ?? randomBytes(32).toString('base64url');
  const t = now.getTime();
  await db
    .insertInto('staff_known_devices')
    .values({ staff_id: staffId, device_hash: deviceHash(value), created_at: t, expires_at: t + KNOWN_DEVICE_MS })
    .onConflict((oc) => oc.columns(['staff_id', 'device_hash']).doUpdateSet({ expires_at: t + KNOWN_DEVICE_MS }))
    .execute();
  await db.deleteFrom('staff_known_devices').where('staff_id', '=', staffId).where('expires_at', '<=', t).execute();
  await db
    .deleteFrom('staff_known_devices')
    .where('staff_id', '=', staffId)
    .where('device_hash', 'not in', (eb) =>
      eb
        .selectFrom('staff_known_devices')
        .select('device_hash')
        .where('staff_id', '=', staffId)
        .orderBy('expires_at', 'desc')
        .limit(MAX_KNOWN_DEVICES),
    )
    .execute();
  return value;
}

export function setDeviceCookie(reply: FastifyReply, value: string): void {
  reply.setCookie(DEVICE_COOKIE, value, {
    httpOnly: true,
    secure: true,
    sameSite: 'strict',
    path: '/',
    maxAge: KNOWN_DEVICE_MS / 1000,
  });
}
