// Seeding and request helpers shared by the staff API suites (test/api/staff-*.test.ts).
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { expect } from 'vitest';
import { newId } from '../../src/shared/ids';
import type { Role } from '../../src/shared/staff';
import { hashPassword } from '../../src/server/auth/passwords';
import type { Database } from '../../src/server/db/schema';

export interface StaffEnv {
  app: Pick<FastifyInstance, 'inject'>;
  db: Kysely<Database>;
  /** Moves the server clock. */
  setNow: (at: Date) => void;
  now: () => Date;
}

export const PASSWORD = 'a long test passphrase';
let passwordHash: Promise<string> | undefined;

export async function seedCouncil(
  db: Kysely<Database>,
  council: { name: string; joinCode?: string },
): Promise<{ id: string; joinCode: string }> {
  const id = newId();
  const joinCode = council.joinCode ?? `T${id.slice(0, 7).toUpperCase()}`;
  await db
    .insertInto('councils')
    .values({
      id,
      name: council.name,
      join_code: joinCode,
      settings: JSON.stringify({ outOfHoursPhone: '0300 123 4567', vocabulary: {}, languages: ['en'] }),
      created_at: '2026-01-01T00:00:00.000Z',
    })
    .execute();
  return { id, joinCode };
}

export async function seedStaff(
  db: Kysely<Database>,
  councilId: string,
  staff: { email: string; name?: string; roles: Role[]; disabled?: boolean },
): Promise<{ id: string; email: string }> {
  passwordHash ??= hashPassword(PASSWORD);
  const id = newId();
  await db
    .insertInto('staff')
    .values({
      id,
      council_id: councilId,
      email: staff.email,
      name: staff.name ?? staff.email.split('@')[0] ?? 'Staff',
      password_hash: await passwordHash,
      roles: JSON.stringify(staff.roles),
      disabled: staff.disabled ? 1 : 0,
      created_at: '2026-01-01T00:00:00.000Z',
    })
    .execute();
  return { id, email: staff.email };
}

let ip = 0;
/** A different client address per call, so the sign-in rate limit only bites where a test means it to. */
export function nextIp(): string {
  ip += 1;
  return `10.9.${(ip >> 8) & 255}.${ip & 255}`;
}

export async function signIn(env: StaffEnv, email: string, password = PASSWORD): Promise<string> {
  const res = await env.app.inject({
    method: 'POST',
    url: '/api/v1/staff/session',
    payload: { email, password },
    remoteAddress: nextIp(),
  });
  expect(res.statusCode, res.body).toBe(200);
  const cookie = res.cookies.find((c) => c.name === '__Host-heard');
  expect(cookie?.value).toBeTruthy();
  return `__Host-heard=${cookie?.value}`;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** A staff request carrying the session cookie and (unless told not to) the CSRF header. */
export function asStaff(env: StaffEnv, cookie: string) {
  return (method: Method, url: string, payload?: unknown, options: { csrf?: boolean } = {}) =>
    env.app.inject({
      method,
      url,
      headers: { cookie, ...(options.csrf === false ? {} : { 'x-heard-csrf': '1' }) },
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
}

export function expectError(res: { statusCode: number; json: () => unknown }, status: number, code?: string): void {
  expect(res.statusCode).toBe(status);
  const body = res.json() as { code?: unknown; message?: unknown };
  expect(typeof body.code).toBe('string');
  expect(typeof body.message).toBe('string');
  if (code) expect(body.code).toBe(code);
}

export async function auditActions(db: Kysely<Database>, councilId: string): Promise<string[]> {
  const rows = await db.selectFrom('audit_log').select('action').where('council_id', '=', councilId).orderBy('id').execute();
  return rows.map((r) => r.action);
}
