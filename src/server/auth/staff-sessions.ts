// Server-side staff sessions: the browser holds a random value in the `__Host-heard` cookie, the database holds only
// its sha256, so a leaked database cannot be replayed as cookies. Sessions live in the database (not in memory) so
// any server instance can answer.
import '@fastify/cookie';
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely, Transaction } from 'kysely';
import { STAFF_COOKIE } from '../../shared/staff';
import type { Database } from '../db/schema';
import { HttpError } from '../lib/errors';
import type { AppDeps, StaffAuth } from '../lib/route';
import { parseRoles } from './roles';

export const SESSION_COOKIE = STAFF_COOKIE;
/** last_seen_at is written at most this often, so each staff request does not cost a write. */
const TOUCH_EVERY_MS = 60_000;

/** `__Host-` requires Secure, Path=/ and no Domain; SameSite=Strict keeps other sites from riding the session. */
const cookieOptions = { httpOnly: true, secure: true, sameSite: 'strict', path: '/' } as const;

type Db = Kysely<Database> | Transaction<Database>;

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** Starts a session and returns the cookie value (shown to the browser once, never stored). */
export async function createSession(deps: { db: Db; now: () => Date }, staff: { id: string; councilId: string }): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const at = deps.now().toISOString();
  await deps.db
    .insertInto('sessions')
    .values({ id: hashSessionToken(token), staff_id: staff.id, council_id: staff.councilId, created_at: at, last_seen_at: at })
    .execute();
  return token;
}

export function setSessionCookie(reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, cookieOptions);
}
export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, cookieOptions);
}

export type SessionVerdict = 'live' | 'idle' | 'expired';

/** Whether a session may still be used at `now`: idle past the idle timeout, or older than the absolute one. */
export function sessionVerdict(
  session: { createdAt: string; lastSeenAt: string },
  now: Date,
  timeouts: { sessionIdleMinutes: number; sessionAbsoluteMinutes: number },
): SessionVerdict {
  const t = now.getTime();
  if (t - Date.parse(session.createdAt) >= timeouts.sessionAbsoluteMinutes * 60_000) return 'expired';
  if (t - Date.parse(session.lastSeenAt) >= timeouts.sessionIdleMinutes * 60_000) return 'idle';
  return 'live';
}

export function needsTouch(lastSeenAt: string, now: Date): boolean {
  return now.getTime() - Date.parse(lastSeenAt) >= TOUCH_EVERY_MS;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The staff member behind the request's session cookie, or null (no cookie, unknown, timed out, or the account was
 * disabled). An ended session is deleted and its cookie cleared. A signed-in mutation without the CSRF header
 * throws 403 'csrf': a plain HTML form from another site cannot add a custom header.
 */
export async function authenticateStaff(deps: AppDeps, request: FastifyRequest, reply: FastifyReply): Promise<StaffAuth | null> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token || token.length > 200) return null;
  const sessionId = hashSessionToken(token);
  const row = await deps.db
    .selectFrom('sessions')
    .innerJoin('staff', 'staff.id', 'sessions.staff_id')
    .select([
      'sessions.id as sessionId',
      'sessions.created_at as createdAt',
      'sessions.last_seen_at as lastSeenAt',
      'sessions.council_id as sessionCouncilId',
      'staff.id as staffId',
      'staff.council_id as councilId',
      'staff.roles as roles',
      'staff.disabled as disabled',
    ])
    .where('sessions.id', '=', sessionId)
    .executeTakeFirst();
  if (!row) {
    clearSessionCookie(reply);
    return null;
  }
  const now = deps.now();
  const ended = Number(row.disabled) !== 0 || row.sessionCouncilId !== row.councilId || sessionVerdict(row, now, deps.config) !== 'live';
  if (ended) {
    await deps.db.deleteFrom('sessions').where('id', '=', sessionId).execute();
    clearSessionCookie(reply);
    return null;
  }
  if (!SAFE_METHODS.has(request.method) && request.headers['x-heard-csrf'] !== '1') {
    throw new HttpError(403, 'csrf', 'This request is missing its safety header. Reload the page and try again.');
  }
  if (needsTouch(row.lastSeenAt, now)) {
    await deps.db.updateTable('sessions').set({ last_seen_at: now.toISOString() }).where('id', '=', sessionId).execute();
  }
  return { staffId: row.staffId, councilId: row.councilId, roles: parseRoles(row.roles), sessionId };
}

export async function destroySession(db: Db, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

/**
 * Ends every session of one staff member (disabled, roles changed, password changed), except `keep` when given: the
 * session the member is using to make the change themselves.
 */
export async function destroyStaffSessions(db: Db, staffId: string, keep?: string): Promise<void> {
  let ending = db.deleteFrom('sessions').where('staff_id', '=', staffId);
  if (keep !== undefined) ending = ending.where('id', '<>', keep);
  await ending.execute();
}

/** Removes sessions no one can use any more, so the table does not grow for ever. */
export async function purgeEndedSessions(db: Db, now: Date, timeouts: { sessionIdleMinutes: number; sessionAbsoluteMinutes: number }): Promise<void> {
  const idleBefore = new Date(now.getTime() - timeouts.sessionIdleMinutes * 60_000).toISOString();
  const createdBefore = new Date(now.getTime() - timeouts.sessionAbsoluteMinutes * 60_000).toISOString();
  await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('last_seen_at', '<=', idleBefore), eb('created_at', '<=', createdBefore)]))
    .execute();
}
