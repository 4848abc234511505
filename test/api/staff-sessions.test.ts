// Staff sign-in, sign-out and session timeouts through the real app, on SQLite and PostgreSQL.
import { beforeEach, expect, it } from 'vitest';
import { hashSessionToken } from '../../src/server/auth/staff-sessions';
import { auditActions, describeOnDatabases, expectErrorBody, STAFF_PASSWORD, type ApiEnv } from '../fixtures/api-harness';

describeOnDatabases('staff sessions', (harness) => {
  let env: ApiEnv;
  let councilId: string;
  let admin: { id: string; email: string };

  beforeEach(async () => {
    env = harness();
    ({ id: councilId } = await env.createCouncil({ name: 'Sessionshire', districts: [] }));
    admin = await env.createStaff(councilId, { email: `admin-${councilId}@sessions.example`, roles: ['admin'] });
  });

  it('signs in with a __Host- cookie and stores only a hash of it', async () => {
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/v1/staff/session',
      payload: { email: admin.email.toUpperCase(), password: STAFF_PASSWORD },
      remoteAddress: '10.1.0.1',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: admin.id, email: admin.email, roles: ['admin'], council: { id: councilId } });
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/^__Host-heard=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/Secure/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).not.toMatch(/Domain=/i);
    const token = res.cookies.find((c) => c.name === '__Host-heard')?.value ?? '';
    const sessions = await env.db.selectFrom('sessions').select('id').where('staff_id', '=', admin.id).execute();
    expect(sessions).toEqual([{ id: hashSessionToken(token) }]);
    expect(await auditActions(env.db, councilId)).toEqual(['staff.sign-in']);

    const me = await env.staff(`__Host-heard=${token}`)('GET', '/api/v1/staff/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ id: admin.id, council: { id: councilId, name: 'Sessionshire' } });
  });

  it('answers a wrong password and an unknown email the same way, and starts no session', async () => {
    const wrong = await env.app.inject({
      method: 'POST',
      url: '/api/v1/staff/session',
      payload: { email: admin.email, password: 'not the password' },
      remoteAddress: '10.1.0.2',
    });
    const unknown = await env.app.inject({
      method: 'POST',
      url: '/api/v1/staff/session',
      payload: { email: 'nobody@sessions.example', password: STAFF_PASSWORD },
      remoteAddress: '10.1.0.3',
    });
    expectErrorBody(wrong, 401, 'wrong-sign-in');
    expectErrorBody(unknown, 401, 'wrong-sign-in');
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.headers['set-cookie']).toBeUndefined();
    const sessions = await env.db.selectFrom('sessions').select('id').where('council_id', '=', councilId).execute();
    expect(sessions).toEqual([]);
  });

  it('refuses a disabled account with the same answer', async () => {
    const off = await env.createStaff(councilId, { email: `off-${councilId}@sessions.example`, roles: ['admin'], disabled: true });
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/v1/staff/session',
      payload: { email: off.email, password: STAFF_PASSWORD },
      remoteAddress: '10.1.0.4',
    });
    expectErrorBody(res, 401, 'wrong-sign-in');
  });

  it('answers bad sign-in input with 400 { code, message }', async () => {
    for (const payload of [{}, { email: admin.email }, { email: 'not an email', password: 'x' }, { email: admin.email, password: '' }]) {
      const res = await env.app.inject({ method: 'POST', url: '/api/v1/staff/session', payload, remoteAddress: '10.1.0.5' });
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      expectErrorBody(res, res.statusCode);
    }
  });

  it('refuses staff routes without a session, or with a made-up cookie', async () => {
    expectErrorBody(await env.app.inject({ method: 'GET', url: '/api/v1/staff/me' }), 401);
    const forged = await env.staff('__Host-heard=' + 'A'.repeat(43))('GET', '/api/v1/staff/me');
    expectErrorBody(forged, 401);
  });

  it('signs out: the cookie is cleared and the session no longer works', async () => {
    const cookie = await env.signInStaff(admin.email);
    const staff = env.staff(cookie);
    const out = await staff('DELETE', '/api/v1/staff/session');
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(/^__Host-heard=;.*(Max-Age=0|Expires=Thu, 01 Jan 1970)/);
    expectErrorBody(await staff('GET', '/api/v1/staff/me'), 401);
    expect(await auditActions(env.db, councilId)).toEqual(['staff.sign-in', 'staff.sign-out']);
  });

  it('needs the CSRF header for staff mutations, including sign-out', async () => {
    const cookie = await env.signInStaff(admin.email);
    const staff = env.staff(cookie);
    expectErrorBody(await staff('DELETE', '/api/v1/staff/session', undefined, { csrf: false }), 403, 'csrf');
    expect((await staff('GET', '/api/v1/staff/me', undefined, { csrf: false })).statusCode).toBe(200);
  });

  it('ends a session left idle for the idle timeout, but not one in use', async () => {
    const start = env.now();
    const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
    const staff = env.staff(await env.signInStaff(admin.email));
    // Config default: 30 minutes idle. Each use within the window pushes the deadline on.
    env.setNow(at(29));
    expect((await staff('GET', '/api/v1/staff/me')).statusCode).toBe(200);
    env.setNow(at(58));
    expect((await staff('GET', '/api/v1/staff/me')).statusCode).toBe(200);
    env.setNow(at(88));
    const res = await staff('GET', '/api/v1/staff/me');
    expectErrorBody(res, 401);
    expect(String(res.headers['set-cookie'])).toMatch(/^__Host-heard=;/);
    const left = await env.db.selectFrom('sessions').select('id').where('staff_id', '=', admin.id).execute();
    expect(left).toEqual([]);
  });

  it('ends every session at the absolute timeout, however busy', async () => {
    const start = env.now();
    const staff = env.staff(await env.signInStaff(admin.email));
    // Config default: 12 hours absolute. Use it every 20 minutes until then.
    for (let minutes = 20; minutes < 12 * 60; minutes += 20) {
      env.setNow(new Date(start.getTime() + minutes * 60_000));
      expect((await staff('GET', '/api/v1/staff/me')).statusCode, `at ${minutes} minutes`).toBe(200);
    }
    env.setNow(new Date(start.getTime() + 12 * 60 * 60_000));
    expectErrorBody(await staff('GET', '/api/v1/staff/me'), 401);
  });

  it('rate limits sign-in attempts from one address', async () => {
    // A different email each time, so the per-account brake (test/api/hardening-sign-in.test.ts) stays out of it.
    const attempt = (i: number) =>
      env.app.inject({
        method: 'POST',
        url: '/api/v1/staff/session',
        payload: { email: `guess-${i}@test.example`, password: 'guessing again' },
        remoteAddress: '10.1.9.9',
      });
    const answers: number[] = [];
    for (let i = 0; i < 12; i++) answers.push((await attempt(i)).statusCode);
    expect(answers.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(answers.at(-1)).toBe(429);
  });
});
