// The admin's districts one at a time: listed, added and renamed, each checked (no name twice, ignoring case),
// audited, sent to phones with the council, and only ever the admin's own council's.
import { beforeEach, expect, it } from 'vitest';
import { describeOnDatabases, expectErrorBody, type ApiEnv } from '../fixtures/api-harness';

describeOnDatabases('staff districts', (harness) => {
  let env: ApiEnv;
  let councilId: string;
  let suffix: string;
  let asAdmin: ReturnType<ApiEnv['staff']>;

  beforeEach(async () => {
    env = harness();
    ({ id: councilId } = await env.createCouncil({
      name: 'Districtshire',
      districts: ['Havant'],
      outOfHoursPhone: '0300 123 4567',
      languages: ['en'],
    }));
    suffix = councilId.slice(0, 8);
    const admin = await env.createStaff(councilId, { email: `admin-${suffix}@districts.example`, roles: ['admin'] });
    asAdmin = env.staff(await env.signInStaff(admin.email));
  });

  const audits = async () =>
    (
      await env.db
        .selectFrom('audit_log')
        .select('action')
        .where('council_id', '=', councilId)
        .where('action', '=', 'council.settings.update')
        .execute()
    ).length;

  it('lists, adds and renames, audits each change, and phones see the new list', async () => {
    const listed = await asAdmin('GET', '/api/v1/staff/districts');
    expect(listed.statusCode).toBe(200);
    const [havant] = listed.json<{ districts: { id: string; name: string }[] }>().districts;
    expect(havant?.name).toBe('Havant');

    const added = await asAdmin('POST', '/api/v1/staff/districts', { name: '  Fareham ' });
    expect(added.statusCode).toBe(201);
    expect(added.json<{ districts: { name: string }[] }>().districts.map((d) => d.name)).toEqual(['Havant', 'Fareham']);

    const renamed = await asAdmin('PATCH', `/api/v1/staff/districts/${havant!.id}`, { name: 'Havant and Waterloo' });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toEqual({ districts: [{ id: havant!.id, name: 'Havant and Waterloo' }, expect.objectContaining({ name: 'Fareham' })] });
    expect(await audits()).toBe(2);

    const { join_code } = await env.db.selectFrom('councils').select('join_code').where('id', '=', councilId).executeTakeFirstOrThrow();
    const device = await env.registerDevice(join_code);
    const pulled = JSON.stringify(await env.pullOk(device.token));
    expect(pulled).toContain('Havant and Waterloo');
    expect(pulled).toContain('Fareham');
  });

  it('answers bad input with a clear 4xx and changes nothing', async () => {
    const [havant] = (await asAdmin('GET', '/api/v1/staff/districts')).json<{ districts: { id: string }[] }>().districts;
    expectErrorBody(await asAdmin('POST', '/api/v1/staff/districts', { name: 'havant' }), 400, 'duplicate-district');
    expectErrorBody(await asAdmin('POST', '/api/v1/staff/districts', { name: 'x' }), 400, 'invalid-input');
    expectErrorBody(await asAdmin('POST', '/api/v1/staff/districts', {}), 400, 'invalid-input');
    expectErrorBody(await asAdmin('POST', '/api/v1/staff/districts', { name: 'A'.repeat(81) }), 400, 'invalid-input');
    await asAdmin('POST', '/api/v1/staff/districts', { name: 'Gosport' });
    expectErrorBody(await asAdmin('PATCH', `/api/v1/staff/districts/${havant!.id}`, { name: 'GOSPORT' }), 400, 'duplicate-district');
    expectErrorBody(await asAdmin('PATCH', '/api/v1/staff/districts/no-such-district', { name: 'Elsewhere' }), 404, 'not-found');
    expect((await asAdmin('GET', '/api/v1/staff/districts')).json<{ districts: { name: string }[] }>().districts.map((d) => d.name)).toEqual([
      'Havant',
      'Gosport',
    ]);
  });

  it('is for admins of the council only', async () => {
    const officer = await env.createStaff(councilId, {
      email: `po-${suffix}@districts.example`,
      roles: ['participation', 'iro', 'moderator', 'complaints'],
    });
    const asOfficer = env.staff(await env.signInStaff(officer.email));
    expectErrorBody(await asOfficer('GET', '/api/v1/staff/districts'), 403);
    expectErrorBody(await asOfficer('POST', '/api/v1/staff/districts', { name: 'Mine' }), 403);
    const [havant] = (await asAdmin('GET', '/api/v1/staff/districts')).json<{ districts: { id: string }[] }>().districts;
    const other = await env.createCouncil({ name: 'Othershire', districts: [], outOfHoursPhone: '0300 000 0000', languages: ['en'] });
    const theirAdmin = await env.createStaff(other.id, { email: `admin-other-${suffix}@districts.example`, roles: ['admin'] });
    const asThem = env.staff(await env.signInStaff(theirAdmin.email));
    expectErrorBody(await asThem('PATCH', `/api/v1/staff/districts/${havant!.id}`, { name: 'Taken over' }), 404, 'not-found');
    expect((await asThem('GET', '/api/v1/staff/districts')).json()).toEqual({ districts: [] });
  });
});
