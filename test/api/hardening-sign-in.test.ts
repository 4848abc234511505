// Sign-in and passwords on SQLite and PostgreSQL: a per-account brake on guessing (from any number of addresses, one
// by one or all at once), short and growing, audited, in the database, that cannot keep a member out of a browser
// they have signed in from before; changing one's own password and an admin's reset end the other
// sessions; old scrypt hashes still work and are made again at today's cost.
import { randomBytes, scryptSync } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { beforeEach, expect, it, vi } from 'vitest';
import { DEVICE_COOKIE, KNOWN_DEVICE_MS } from '../../src/server/auth/known-devices';
import {
  accountBrake,
  claimAttempt,
  FAILURES_BEFORE_LOCK,
  FIRST_LOCK_MS,
  lockLength,
  MAX_LOCK_MS,
  settleSuccess,
  SignInLocked,
} from '../../src/server/auth/sign-in-throttle';
import { describeOnDatabases, expectErrorBody, nextAddress, type ApiEnv } from '../fixtures/api-harness';

// Every checked password costs a hash at today's cost (a few hundred ms, seconds on a busy machine), and these tests
// check dozens.
vi.setConfig({ testTimeout: 240_000 });

describeOnDatabases(
  'hardening: sign-in and passwords',
  (harness) => {
    let env: ApiEnv;
    let council: Awaited<ReturnType<ApiEnv['createCouncil']>>;

    const signIn = (email: string, password: string, from = nextAddress(), device?: string): Promise<LightMyRequestResponse> =>
      env.app.inject({
        method: 'POST',
        url: '/api/v1/staff/session',
        payload: { email, password },
        remoteAddress: from,
        ...(device === undefined ? {} : { headers: { cookie: `${DEVICE_COOKIE}=${device}` } }),
      });
    const deviceCookieOf = (res: LightMyRequestResponse) => res.cookies.find((c) => c.name === DEVICE_COOKIE);
    const waitOut = (res: LightMyRequestResponse) => env.advance(Number(res.headers['retry-after']) * 1000 + 1000);
    const auditOf = (action: string) =>
      env.db
        .selectFrom('audit_log')
        .select(['entity_id', 'detail', 'staff_id'])
        .where('council_id', '=', council.id)
        .where('action', '=', action)
        // In the order written: PostgreSQL gives no order without one (a run listed the second reset first).
        .orderBy('id')
        .execute();

    beforeEach(async () => {
      env = harness();
      council = await env.createCouncil();
    });

    it('locks one account after 5 wrong passwords from 40 addresses: the right one is refused too, then works after the wait', async () => {
      const member = await env.createStaff(council.id, { roles: ['moderator'] });
      const answers: number[] = [];
      for (let i = 0; i < 40; i += 1) answers.push((await signIn(member.email, `wrong guess number ${i}`)).statusCode);
      expect(answers.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
      expect(answers.slice(5).every((s) => s === 429)).toBe(true);
      const refused = await signIn(member.email, member.password);
      expectErrorBody(refused, 429, 'sign-in-locked');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
      // Audited once, with how long; never with a password.
      const locks = await auditOf('staff.sign-in-locked');
      expect(locks).toHaveLength(1);
      expect(JSON.parse(locks[0]!.detail)).toEqual({ minutes: 1 });
      expect(JSON.stringify(locks)).not.toMatch(/guess|passphrase/);

      env.advance(FIRST_LOCK_MS + 1000);
      expect((await signIn(member.email, member.password)).statusCode).toBe(200);
      // A success clears the count: the next wrong password does not lock at once.
      expect((await signIn(member.email, 'wrong again')).statusCode).toBe(401);
    });

    it('makes each lock in a row longer, up to 15 minutes, and treats an unknown email the same way', async () => {
      expect([1, 2, 3, 4, 5, 9].map(lockLength)).toEqual([60_000, 120_000, 240_000, 480_000, 900_000, MAX_LOCK_MS]);
      const member = await env.createStaff(council.id, { roles: ['moderator'] });
      for (let i = 0; i < 5; i += 1) await signIn(member.email, `wrong ${i}`);
      env.advance(FIRST_LOCK_MS + 1000);
      for (let i = 0; i < 4; i += 1) expect((await signIn(member.email, `wrong ${i}`)).statusCode).toBe(401);
      expect((await signIn(member.email, 'wrong 5')).statusCode).toBe(401);
      // The second lock lasts two minutes.
      env.advance(FIRST_LOCK_MS + 1000);
      expectErrorBody(await signIn(member.email, member.password), 429, 'sign-in-locked');
      env.advance(FIRST_LOCK_MS);
      expect((await signIn(member.email, member.password)).statusCode).toBe(200);
      expect((await auditOf('staff.sign-in-locked')).map((a) => JSON.parse(a.detail))).toEqual([{ minutes: 1 }, { minutes: 2 }]);

      // Nobody has this email: the answers are the same, so a lock says nothing about who has an account.
      const answers: number[] = [];
      for (let i = 0; i < 7; i += 1) answers.push((await signIn('nobody@test.example', `wrong ${i}`)).statusCode);
      expect(answers).toEqual([401, 401, 401, 401, 401, 429, 429]);
      // The brake is per account: a colleague signs in as usual.
      const colleague = await env.createStaff(council.id, { roles: ['moderator'] });
      expect((await signIn(colleague.email, colleague.password)).statusCode).toBe(200);
    });

    it('brakes guesses sent all at once: at most 5 passwords are checked, and the right one sent with them is refused', async () => {
      const member = await env.createStaff(council.id, { roles: ['moderator'] });
      const tries = [...Array.from({ length: 20 }, (_, i) => `wrong guess number ${i}`), member.password];
      const answers = (await Promise.all(tries.map((password) => signIn(member.email, password)))).map((r) => r.statusCode);
      // Five tries are counted and checked; every other one is refused unchecked. The right password is refused
      // whether it came after the lock or was being checked when another try started it.
      expect(answers.filter((s) => s !== 429).length).toBeLessThanOrEqual(FAILURES_BEFORE_LOCK);
      expect(answers.filter((s) => s === 401).length).toBeGreaterThanOrEqual(FAILURES_BEFORE_LOCK - 1);
      expect(answers).not.toContain(200);
      expect(answers.at(-1)).toBe(429);
      expect((await auditOf('staff.sign-in-failed')).length).toBeLessThanOrEqual(FAILURES_BEFORE_LOCK);
      expect(await auditOf('staff.sign-in-locked')).toHaveLength(1);
      expect(await auditOf('staff.sign-in')).toHaveLength(0);
      expectErrorBody(await signIn(member.email, member.password), 429, 'sign-in-locked');
    });

    it('counts a try before its password is checked, and refuses a success if another try locked the brake meanwhile', async () => {
      const at = new Date('2026-03-02T10:00:00Z');
      const brake = accountBrake('Someone@Test.example');
      const settle = (attempt: Awaited<ReturnType<typeof claimAttempt>>) => env.db.transaction().execute((trx) => settleSuccess(trx, attempt, at));
      // The first try is still being checked when four more arrive; the fifth try in all starts the lock.
      const first = await claimAttempt(env.db, brake, at);
      const others = [];
      for (let i = 1; i < FAILURES_BEFORE_LOCK; i += 1) others.push(await claimAttempt(env.db, brake, at));
      expect(others.map((a) => a.startedLockMs)).toEqual([null, null, null, FIRST_LOCK_MS]);
      await expect(claimAttempt(env.db, brake, at)).rejects.toBeInstanceOf(SignInLocked);
      // The first try's password was right, but the brake locked while it was checked: refused, lock kept.
      await expect(settle(first)).rejects.toBeInstanceOf(SignInLocked);
      await expect(claimAttempt(env.db, brake, at)).rejects.toBeInstanceOf(SignInLocked);
      // The try that started the lock itself may succeed (four typos, then the right password), which ends it.
      await settle(others.at(-1)!);
      expect((await claimAttempt(env.db, brake, at)).startedLockMs).toBeNull();
    });

    it('cannot keep a member out of a browser they signed in from before, which still has a brake of its own', async () => {
      const member = await env.createStaff(council.id, { roles: ['moderator'] });
      const first = await signIn(member.email, member.password);
      expect(first.statusCode).toBe(200);
      const cookie = deviceCookieOf(first);
      expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/', maxAge: KNOWN_DEVICE_MS / 1000 });
      const known = cookie!.value;
      const stored = await env.db.selectFrom('staff_known_devices').selectAll().where('staff_id', '=', member.id).execute();
      expect(stored).toHaveLength(1);
      expect(JSON.stringify(stored)).not.toContain(known);

      // An attacker locks the account again each time the lock ends: new browsers stay shut out...
      for (let round = 0; round < 2; round += 1) {
        for (let i = 0; i < FAILURES_BEFORE_LOCK; i += 1) expect((await signIn(member.email, `guess ${round}-${i}`)).statusCode).toBe(401);
        const shut = await signIn(member.email, member.password);
        expectErrorBody(shut, 429, 'sign-in-locked');
        // ...but the member signs in from their own browser, and keeps the same cookie.
        const mine = await signIn(member.email, member.password, nextAddress(), known);
        expect(mine.statusCode, mine.body).toBe(200);
        expect(deviceCookieOf(mine)?.value).toBe(known);
        // Their success does not lift the lock the attacker set for everyone else.
        expectErrorBody(await signIn(member.email, member.password), 429, 'sign-in-locked');
        waitOut(shut);
      }
      expect((await auditOf('staff.sign-in-locked')).map((a) => JSON.parse(a.detail))).toEqual([{ minutes: 1 }, { minutes: 2 }]);

      // A cookie another member's browser was given does not count as known for this account.
      const colleague = await env.createStaff(council.id, { roles: ['moderator'] });
      const theirs = deviceCookieOf(await signIn(colleague.email, colleague.password))!.value;
      for (let i = 0; i < FAILURES_BEFORE_LOCK; i += 1) await signIn(member.email, `again ${i}`);
      expectErrorBody(await signIn(member.email, member.password, nextAddress(), theirs), 429, 'sign-in-locked');

      // Guessing with the member's own cookie value (stolen or copied) is braked too, for that browser.
      for (let i = 0; i < FAILURES_BEFORE_LOCK; i += 1) {
        expect((await signIn(member.email, `stolen cookie guess ${i}`, nextAddress(), known)).statusCode).toBe(401);
      }
      expectErrorBody(await signIn(member.email, member.password, nextAddress(), known), 429, 'sign-in-locked');
      expect(JSON.parse((await auditOf('staff.sign-in-locked')).at(-1)!.detail)).toEqual({ minutes: 1, knownDevice: true });

      // An admin's reset clears every brake of the member, their known browser's too.
      const admin = await env.createStaff(council.id, { roles: ['admin'] });
      const asAdmin = env.staff(await env.signInStaff(admin.email, admin.password));
      const reset = await asAdmin('POST', `/api/v1/staff/accounts/${member.id}/password`, { password: 'a fresh passphrase for today' });
      expect(reset.statusCode, reset.body).toBe(200);
      expect((await signIn(member.email, 'a fresh passphrase for today', nextAddress(), known)).statusCode).toBe(200);

      // A known browser is forgotten after 90 days without a sign-in: then it shares the account-wide brake again.
      env.advance(KNOWN_DEVICE_MS + 1000);
      for (let i = 0; i < FAILURES_BEFORE_LOCK; i += 1) await signIn(member.email, `much later ${i}`);
      expectErrorBody(await signIn(member.email, 'a fresh passphrase for today', nextAddress(), known), 429, 'sign-in-locked');
    });

    it('lets a member change their own password: the current one is checked, their other sessions end', async () => {
      const member = await env.createStaff(council.id, { roles: ['moderator'] });
      const here = env.staff(await env.signInStaff(member.email, member.password));
      const elsewhere = env.staff(await env.signInStaff(member.email, member.password));
      const url = '/api/v1/staff/me/password';
      const before = await env.counts('audit_log');
      expectErrorBody(await here('POST', url, { currentPassword: 'not my password', newPassword: 'a brand new passphrase' }), 400, 'wrong-password');
      expectErrorBody(await here('POST', url, { currentPassword: member.password, newPassword: 'too short' }), 400, 'invalid-input');
      expectErrorBody(await here('POST', url, { currentPassword: member.password, newPassword: member.password }), 400, 'invalid-input');
      expectErrorBody(
        await here('POST', url, { currentPassword: member.password, newPassword: 'a brand new passphrase' }, { csrf: false }),
        403,
        'csrf',
      );
      // The wrong current password was audited as a failed try, nothing else changed.
      expect((await env.counts('audit_log')).audit_log).toBe(before.audit_log);

      const changed = await here('POST', url, { currentPassword: member.password, newPassword: 'a brand new passphrase' });
      expect(changed.statusCode, changed.body).toBe(204);
      expect((await here('GET', '/api/v1/staff/me')).statusCode).toBe(200);
      expectErrorBody(await elsewhere('GET', '/api/v1/staff/me'), 401);
      expect((await signIn(member.email, member.password)).statusCode).toBe(401);
      expect((await signIn(member.email, 'a brand new passphrase')).statusCode).toBe(200);
      const log = await auditOf('staff.password.change');
      expect(log).toEqual([expect.objectContaining({ entity_id: expect.any(String), staff_id: expect.any(String) })]);
      expect(JSON.stringify(log)).not.toContain('passphrase');
    });

    it("lets an admin reset a member's password in their own council: shown once, sessions ended, lock cleared, audited", async () => {
      const admin = await env.createStaff(council.id, { roles: ['admin'] });
      const asAdmin = env.staff(await env.signInStaff(admin.email, admin.password));
      const member = await env.createStaff(council.id, { roles: ['moderator'] });
      const asMember = env.staff(await env.signInStaff(member.email, member.password));
      for (let i = 0; i < 5; i += 1) await signIn(member.email, `wrong ${i}`);
      expectErrorBody(await signIn(member.email, member.password), 429, 'sign-in-locked');

      const reset = await asAdmin('POST', `/api/v1/staff/accounts/${member.id}/password`, {});
      expect(reset.statusCode, reset.body).toBe(200);
      const { password } = reset.json<{ password: string }>();
      expect(password.length).toBeGreaterThanOrEqual(20);
      expectErrorBody(await asMember('GET', '/api/v1/staff/me'), 401);
      expect((await signIn(member.email, password)).statusCode).toBe(200);
      const set = await asAdmin('POST', `/api/v1/staff/accounts/${member.id}/password`, { password: 'chosen by the admin today' });
      expect(set.json()).toEqual({});
      expect((await signIn(member.email, 'chosen by the admin today')).statusCode).toBe(200);
      const log = await auditOf('staff.password.reset');
      expect(log.map((l) => JSON.parse(l.detail))).toEqual([{ generated: true }, { generated: false }]);
      expect(JSON.stringify(log)).not.toContain(password);

      // Only admins, only their own council, not their own password, and bad input changes nothing.
      const elsewhere = await env.createCouncil({ name: 'Elsewhere' });
      const stranger = await env.createStaff(elsewhere.id, { roles: ['moderator'] });
      const before = await env.counts('audit_log', 'sessions');
      expectErrorBody(await asAdmin('POST', `/api/v1/staff/accounts/${stranger.id}/password`, {}), 404, 'not-found');
      expectErrorBody(await asAdmin('POST', `/api/v1/staff/accounts/${admin.id}/password`, {}), 409, 'own-password');
      expectErrorBody(await asAdmin('POST', `/api/v1/staff/accounts/${member.id}/password`, { password: 'short' }), 400, 'invalid-input');
      const moderator = env.staff(await env.signInStaff(member.email, 'chosen by the admin today'));
      expectErrorBody(await moderator('POST', `/api/v1/staff/accounts/${admin.id}/password`, {}), 403);
      expect(await env.counts('audit_log', 'sessions')).toEqual({ ...before, sessions: before.sessions! + 1, audit_log: before.audit_log! + 1 });
    });

    it('still signs in with a hash made at the old cost, and makes it again at the new one', async () => {
      const salt = randomBytes(16);
      const key = scryptSync('an old passphrase here', salt, 64, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
      const member = await env.createStaff(council.id, { roles: ['moderator'], password: 'placeholder passphrase' });
      await env.db
        .updateTable('staff')
        .set({ password_hash: ['scrypt', 2 ** 15, 8, 1, salt.toString('base64url'), key.toString('base64url')].join('$') })
        .where('id', '=', member.id)
        .execute();
      expect((await signIn(member.email, 'an old passphrase here')).statusCode).toBe(200);
      const row = await env.db.selectFrom('staff').select('password_hash').where('id', '=', member.id).executeTakeFirstOrThrow();
      expect(row.password_hash.split('$').slice(0, 4)).toEqual(['scrypt', '131072', '8', '1']);
      expect((await signIn(member.email, 'an old passphrase here')).statusCode).toBe(200);
    });
  },
  {},
);
