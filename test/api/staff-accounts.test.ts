// Staff accounts: admin only, scoped to the admin's council, with no way for an admin to lock themselves out.
import { beforeEach, expect, it } from 'vitest';
import { auditActions, describeOnDatabases, expectErrorBody, type ApiEnv } from '../fixtures/api-harness';

describeOnDatabases('staff accounts', (harness) => {
  let env: ApiEnv;
  let councilId: string;
  let admin: { id: string; email: string };
  let moderator: { id: string; email: string };
  let asAdmin: ReturnType<ApiEnv['staff']>;
  let suffix: string;

  beforeEach(async () => {
    env = harness();
    ({ id: councilId } = await env.createCouncil({ name: 'Accountshire', districts: [] }));
    suffix = councilId.slice(0, 8);
    admin = await env.createStaff(councilId, { email: `admin-${suffix}@accounts.example`, name: 'Ada Admin', roles: ['admin'] });
    moderator = await env.createStaff(councilId, { email: `mod-${suffix}@accounts.example`, name: 'Mo Moderator', roles: ['moderator'] });
    asAdmin = env.staff(await env.signInStaff(admin.email));
  });

  const staffCount = async () =>
    Number(
      (
        await env.db
          .selectFrom('staff')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('lists the council accounts for an admin, and refuses a moderator', async () => {
    const res = await asAdmin('GET', '/api/v1/staff/accounts');
    expect(res.statusCode).toBe(200);
    const { accounts } = res.json() as { accounts: { id: string; lastSignInAt?: string; disabled: boolean }[] };
    expect(accounts.map((a) => a.id).sort()).toEqual([admin.id, moderator.id].sort());
    expect(accounts.find((a) => a.id === admin.id)?.lastSignInAt).toBe(env.now().toISOString());
    expect(accounts.find((a) => a.id === moderator.id)?.lastSignInAt).toBeUndefined();

    const asModerator = env.staff(await env.signInStaff(moderator.email));
    expectErrorBody(await asModerator('GET', '/api/v1/staff/accounts'), 403);
    expectErrorBody(
      await asModerator('POST', '/api/v1/staff/accounts', { email: 'x@y.example', name: 'X', roles: ['admin'], password: 'twelve characters' }),
      403,
    );
  });

  it('creates an account that can sign in, and refuses a taken email', async () => {
    const email = `new-${suffix}@accounts.example`;
    const created = await asAdmin('POST', '/api/v1/staff/accounts', {
      email: email.toUpperCase(),
      name: '  Nia New ',
      roles: ['participation', 'moderator', 'participation'],
      password: 'a brand new passphrase',
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ email, name: 'Nia New', roles: ['participation', 'moderator'], disabled: false });
    expect(created.json()).not.toHaveProperty('password');
    await env.signInStaff(email, 'a brand new passphrase');

    const again = await asAdmin('POST', '/api/v1/staff/accounts', { email, name: 'Other', roles: ['iro'], password: 'another passphrase' });
    expectErrorBody(again, 409, 'email-taken');
    expect(await auditActions(env.db, councilId)).toContain('staff.create');
  });

  it('answers bad input with 400 and changes nothing', async () => {
    const before = await staffCount();
    const bad = [
      { email: 'not-an-email', name: 'X', roles: ['admin'], password: 'twelve characters' },
      { email: `b-${suffix}@accounts.example`, name: '', roles: ['admin'], password: 'twelve characters' },
      { email: `b-${suffix}@accounts.example`, name: 'X', roles: [], password: 'twelve characters' },
      { email: `b-${suffix}@accounts.example`, name: 'X', roles: ['root'], password: 'twelve characters' },
      { email: `b-${suffix}@accounts.example`, name: 'X', roles: ['admin'], password: 'short' },
      { email: `b-${suffix}@accounts.example`, name: 'X', roles: 'admin', password: 'twelve characters' },
    ];
    for (const payload of bad) expectErrorBody(await asAdmin('POST', '/api/v1/staff/accounts', payload), 400);
    expectErrorBody(await asAdmin('PATCH', `/api/v1/staff/accounts/${moderator.id}`, {}), 400);
    expectErrorBody(await asAdmin('PATCH', `/api/v1/staff/accounts/${moderator.id}`, { disabled: 'yes' }), 400);
    expect(await staffCount()).toBe(before);
    expect(await auditActions(env.db, councilId)).toEqual(['staff.sign-in']);
  });

  it('needs the CSRF header to create an account', async () => {
    const before = await staffCount();
    const res = await asAdmin(
      'POST',
      '/api/v1/staff/accounts',
      { email: `c-${suffix}@accounts.example`, name: 'C', roles: ['iro'], password: 'twelve characters' },
      { csrf: false },
    );
    expectErrorBody(res, 403, 'csrf');
    expect(await staffCount()).toBe(before);
  });

  it("answers 404 for another council's account and never lists it", async () => {
    const { id: otherCouncil } = await env.createCouncil({ name: 'Elsewhere', districts: [] });
    const stranger = await env.createStaff(otherCouncil, { email: `stranger-${suffix}@elsewhere.example`, roles: ['admin'] });
    expectErrorBody(await asAdmin('PATCH', `/api/v1/staff/accounts/${stranger.id}`, { disabled: true }), 404, 'not-found');
    expectErrorBody(await asAdmin('PATCH', '/api/v1/staff/accounts/no-such-id', { disabled: true }), 404, 'not-found');
    const { accounts } = (await asAdmin('GET', '/api/v1/staff/accounts')).json() as { accounts: { id: string }[] };
    expect(accounts.map((a) => a.id)).not.toContain(stranger.id);
    const row = await env.db.selectFrom('staff').select('disabled').where('id', '=', stranger.id).executeTakeFirstOrThrow();
    expect(Number(row.disabled)).toBe(0);
  });

  it('does not let an admin remove their own admin role or turn off their own account', async () => {
    expectErrorBody(await asAdmin('PATCH', `/api/v1/staff/accounts/${admin.id}`, { roles: ['moderator'] }), 409, 'own-admin');
    expectErrorBody(await asAdmin('PATCH', `/api/v1/staff/accounts/${admin.id}`, { disabled: true }), 409, 'own-account');
    const row = await env.db.selectFrom('staff').select(['roles', 'disabled']).where('id', '=', admin.id).executeTakeFirstOrThrow();
    expect(JSON.parse(row.roles)).toEqual(['admin']);
    expect(Number(row.disabled)).toBe(0);
    // Adding a role to oneself is fine and keeps the session in use.
    const more = await asAdmin('PATCH', `/api/v1/staff/accounts/${admin.id}`, { roles: ['admin', 'moderator'] });
    expect(more.statusCode, more.body).toBe(200);
    expect((await asAdmin('GET', '/api/v1/staff/me')).statusCode).toBe(200);
  });

  it('keeps the last admin of a council', async () => {
    const second = await env.createStaff(councilId, { email: `second-${suffix}@accounts.example`, roles: ['admin'] });
    const asSecond = env.staff(await env.signInStaff(second.email));
    // The second admin may demote the first while another admin (themselves) remains...
    const demoted = await asSecond('PATCH', `/api/v1/staff/accounts/${admin.id}`, { roles: ['participation'] });
    expect(demoted.statusCode, demoted.body).toBe(200);
    // ...and now is the last one, so cannot lose admin even by their own hand.
    expectErrorBody(await asSecond('PATCH', `/api/v1/staff/accounts/${second.id}`, { roles: ['iro'] }), 409);
  });

  it('ends the sessions of an account when it is turned off or its roles change', async () => {
    const asModerator = env.staff(await env.signInStaff(moderator.email));
    const changed = await asAdmin('PATCH', `/api/v1/staff/accounts/${moderator.id}`, { roles: ['moderator', 'participation'] });
    expect(changed.json()).toMatchObject({ roles: ['participation', 'moderator'] });
    expectErrorBody(await asModerator('GET', '/api/v1/staff/me'), 401);

    const asModeratorAgain = env.staff(await env.signInStaff(moderator.email));
    const off = await asAdmin('PATCH', `/api/v1/staff/accounts/${moderator.id}`, { disabled: true, reason: 'left the council' });
    expect(off.statusCode).toBe(200);
    expect(off.json()).toMatchObject({ disabled: true });
    expectErrorBody(await asModeratorAgain('GET', '/api/v1/staff/me'), 401);
    const entry = await env.db
      .selectFrom('audit_log')
      .select(['staff_id', 'detail'])
      .where('council_id', '=', councilId)
      .where('action', '=', 'staff.disable')
      .executeTakeFirstOrThrow();
    expect(entry.staff_id).toBe(admin.id);
    expect(JSON.parse(entry.detail)).toMatchObject({ reason: 'left the council' });

    const on = await asAdmin('PATCH', `/api/v1/staff/accounts/${moderator.id}`, { disabled: false });
    expect(on.json()).toMatchObject({ disabled: false });
    await env.signInStaff(moderator.email);
  });
});
