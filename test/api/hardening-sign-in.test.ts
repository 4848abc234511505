// Sign-in and passwords on SQLite and PostgreSQL: a per-account brake on guessing (from any number of addresses),
// short and growing, audited, in the database; changing one's own password and an admin's reset end the other
// sessions; old scrypt hashes still work and are made again at today's cost.
import { randomBytes, scryptSync } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { beforeEach, expect, it } from 'vitest';
import { FIRST_LOCK_MS, lockLength, MAX_LOCK_MS } from '../../src/server/auth/sign-in-throttle';
import { describeOnDatabases, expectErrorBody, nextAddress, type ApiEnv } from '../fixtures/api-harness';

describeOnDatabases('hardening: sign-in and passwords', (harness) => {
  let env: ApiEnv;
  let council: Awaited<ReturnType<ApiEnv['createCouncil']>>;

  const signIn = (email: string, password: string, from = nextAddress()): Promise<LightMyRequestResponse> =>
    env.app.inject({ method: 'POST', url: '/api/v1/staff/session', payload: { email, password }, remoteAddress: from });
  const auditOf = (action: string) =>
    env.db.selectFrom('audit_log').select(['entity_id', 'detail', 'staff_id']).where('council_id', '=', council.id).where('action', '=', action).execute();

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

  it('lets a member change their own password: the current one is checked, their other sessions end', async () => {
    const member = await env.createStaff(council.id, { roles: ['moderator'] });
    const here = env.staff(await env.signInStaff(member.email, member.password));
    const elsewhere = env.staff(await env.signInStaff(member.email, member.password));
    const url = '/api/v1/staff/me/password';
    const before = await env.counts('audit_log');
    expectErrorBody(await here('POST', url, { currentPassword: 'not my password', newPassword: 'a brand new passphrase' }), 400, 'wrong-password');
    expectErrorBody(await here('POST', url, { currentPassword: member.password, newPassword: 'too short' }), 400, 'invalid-input');
    expectErrorBody(await here('POST', url, { currentPassword: member.password, newPassword: member.password }), 400, 'invalid-input');
    expectErrorBody(await here('POST', url, { currentPassword: member.password, newPassword: 'a brand new passphrase' }, { csrf: false }), 403, 'csrf');
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
}, {});
