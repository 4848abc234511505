// Council settings, join-code rotation and the audit log, as a council's admins use them.
import { sql } from 'kysely';
import { beforeEach, expect, it } from 'vitest';
import { DEFAULT_TIMESCALES } from '../../src/shared/requests/clock';
import { describeOnDatabases, expectErrorBody, type ApiEnv } from '../fixtures/api-harness';

describeOnDatabases('staff council settings', (harness) => {
  let env: ApiEnv;
  let councilId: string;
  let joinCode: string;
  let suffix: string;
  let asAdmin: ReturnType<ApiEnv['staff']>;
  let admin: { id: string; email: string };

  beforeEach(async () => {
    env = harness();
    ({ id: councilId, joinCode } = await env.createCouncil({
      name: 'Settingshire',
      districts: [],
      outOfHoursPhone: '0300 123 4567',
      languages: ['en'],
    }));
    suffix = councilId.slice(0, 8);
    admin = await env.createStaff(councilId, { email: `admin-${suffix}@settings.example`, roles: ['admin'] });
    asAdmin = env.staff(await env.signInStaff(admin.email));
  });

  const councilRow = () => env.db.selectFrom('councils').selectAll().where('id', '=', councilId).executeTakeFirstOrThrow();
  const councilChanges = async () =>
    (await env.db.selectFrom('change_log').select('entity_id').where('council_id', '=', councilId).where('collection', '=', 'council').execute())
      .length;

  it('shows the settings to admins and participation officers only', async () => {
    const res = await asAdmin('GET', '/api/v1/staff/council');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      id: councilId,
      name: 'Settingshire',
      joinCode,
      districts: [],
      outOfHoursPhone: '0300 123 4567',
      safeguardingHours: null,
      vocabulary: {},
      languages: ['en'],
      nation: 'england',
      requestTimescales: DEFAULT_TIMESCALES.england,
    });
    const officer = await env.createStaff(councilId, { email: `po-${suffix}@settings.example`, roles: ['participation'] });
    const asOfficer = env.staff(await env.signInStaff(officer.email));
    expect((await asOfficer('GET', '/api/v1/staff/council')).statusCode).toBe(200);
    expectErrorBody(await asOfficer('PATCH', '/api/v1/staff/council', { name: 'Mine now' }), 403);
    expectErrorBody(await asOfficer('POST', '/api/v1/staff/council/join-code'), 403);
    const mod = await env.createStaff(councilId, { email: `mod-${suffix}@settings.example`, roles: ['moderator'] });
    expectErrorBody(await env.staff(await env.signInStaff(mod.email))('GET', '/api/v1/staff/council'), 403);
  });

  it('changes settings and districts, tells devices through the change log, and audits it', async () => {
    const before = await councilChanges();
    const res = await asAdmin('PATCH', '/api/v1/staff/council', {
      name: 'Settingshire County Council',
      outOfHoursPhone: '01234 567890',
      vocabulary: { en: { contact: 'Family Time' } },
      languages: ['cy', 'en'],
      districts: [{ name: 'North' }, { name: 'South' }],
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { districts: { id: string; name: string }[] };
    expect(body).toMatchObject({
      name: 'Settingshire County Council',
      outOfHoursPhone: '01234 567890',
      vocabulary: { en: { contact: 'Family Time' } },
      languages: ['en', 'cy'],
    });
    expect(body.districts.map((d) => d.name)).toEqual(['North', 'South']);
    expect(await councilChanges()).toBe(before + 1);

    // Keep North (renamed, now second), drop South, add East first.
    const [north] = body.districts;
    const next = await asAdmin('PATCH', '/api/v1/staff/council', { districts: [{ name: 'East' }, { id: north?.id, name: 'Northern' }] });
    expect(next.statusCode, next.body).toBe(200);
    const districts = (next.json() as { districts: { id: string; name: string }[] }).districts;
    expect(districts.map((d) => d.name)).toEqual(['East', 'Northern']);
    expect(districts[1]?.id).toBe(north?.id);
    expect(await councilChanges()).toBe(before + 2);

    const audit = (await asAdmin('GET', '/api/v1/staff/audit')).json() as { entries: { action: string; staff: { id: string } | null }[] };
    const updates = audit.entries.filter((e) => e.action === 'council.settings.update');
    expect(updates).toHaveLength(2);
    expect(updates[0]?.staff?.id).toBe(admin.id);
  });

  it('refuses to remove a district that something still points at', async () => {
    const made = await asAdmin('PATCH', '/api/v1/staff/council', { districts: [{ name: 'North' }, { name: 'South' }] });
    const [north, south] = (made.json() as { districts: { id: string; name: string }[] }).districts;
    // Any table with a district_id column counts as a reference; this one stands in for a feature's table.
    const table = `district_refs_${suffix.replace(/-/g, '')}`;
    await env.db.schema
      .createTable(table)
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('district_id', 'text')
      .execute();
    try {
      await sql`insert into ${sql.table(table)} (id, district_id) values (${'r1'}, ${north?.id})`.execute(env.db);
      const changesBefore = await councilChanges();
      const res = await asAdmin('PATCH', '/api/v1/staff/council', { districts: [{ id: south?.id, name: 'South' }] });
      expectErrorBody(res, 409, 'district-in-use');
      expect(res.json()).toMatchObject({ message: expect.stringContaining('North') as unknown });
      const names = await env.db.selectFrom('districts').select('name').where('council_id', '=', councilId).orderBy('sort_order').execute();
      expect(names.map((d) => d.name)).toEqual(['North', 'South']);
      expect(await councilChanges()).toBe(changesBefore);
      // The unused one can go.
      const ok = await asAdmin('PATCH', '/api/v1/staff/council', { districts: [{ id: north?.id, name: 'North' }] });
      expect(ok.statusCode, ok.body).toBe(200);
    } finally {
      await env.db.schema.dropTable(table).execute();
    }
  });

  it('answers bad settings with 400 and changes nothing', async () => {
    const before = await councilRow();
    const changesBefore = await councilChanges();
    const bad = [
      { name: 'x' },
      { outOfHoursPhone: 'call us' },
      { languages: [] },
      { languages: ['fr'] },
      { vocabulary: { en: { 'not a key': 'x' } } },
      { districts: [{ name: 'North' }, { name: 'north' }] },
      { districts: [{ id: 'not-a-district', name: 'North' }] },
    ];
    for (const payload of bad) expectErrorBody(await asAdmin('PATCH', '/api/v1/staff/council', payload), 400);
    expect(await councilRow()).toEqual(before);
    expect(await councilChanges()).toBe(changesBefore);
    const districts = await env.db.selectFrom('districts').select('id').where('council_id', '=', councilId).execute();
    expect(districts).toEqual([]);
  });

  it('rotates the join code: the old code stops working for new devices, joined devices stay joined', async () => {
    const joined = await env.app.inject({ method: 'POST', url: '/api/v1/devices', payload: { joinCode } });
    expect(joined.statusCode, joined.body).toBe(201);
    const { token } = joined.json() as { token: string };

    const rotated = await asAdmin('POST', '/api/v1/staff/council/join-code');
    expect(rotated.statusCode, rotated.body).toBe(200);
    const { joinCode: fresh } = rotated.json() as { joinCode: string };
    expect(fresh).toMatch(/^[A-Z2-9]{8}$/);
    expect(fresh).not.toBe(joinCode);
    expect((await councilRow()).join_code).toBe(fresh);

    const old = await env.app.inject({ method: 'POST', url: '/api/v1/devices', payload: { joinCode } });
    expect(old.statusCode).toBeGreaterThanOrEqual(400);
    expect(old.statusCode).toBeLessThan(500);
    const again = await env.app.inject({ method: 'POST', url: '/api/v1/devices', payload: { joinCode: fresh.toLowerCase() } });
    expect(again.statusCode, again.body).toBe(201);

    const pull = await env.app.inject({ method: 'GET', url: '/api/v1/sync/pull', headers: { authorization: `Bearer ${token}` } });
    expect(pull.statusCode, pull.body).toBe(200);
  });

  it("shows only this council's audit log, newest first, in pages", async () => {
    const { id: otherCouncil } = await env.createCouncil({ name: 'Elsewhere', districts: [], outOfHoursPhone: '0300 123 4567', languages: ['en'] });
    const stranger = await env.createStaff(otherCouncil, { email: `stranger-${suffix}@elsewhere.example`, roles: ['admin'] });
    await env.signInStaff(stranger.email);
    for (const name of ['One Council', 'Two Council', 'Three Council']) {
      expect((await asAdmin('PATCH', '/api/v1/staff/council', { name })).statusCode).toBe(200);
    }
    const first = await asAdmin('GET', '/api/v1/staff/audit?limit=2');
    expect(first.statusCode).toBe(200);
    const page1 = first.json() as { entries: { id: number; detail: { name?: string } }[]; nextBefore: number | null };
    expect(page1.entries.map((e) => e.detail.name)).toEqual(['Three Council', 'Two Council']);
    expect(page1.nextBefore).toBe(page1.entries[1]?.id);
    const page2 = (await asAdmin('GET', `/api/v1/staff/audit?limit=2&before=${page1.nextBefore}`)).json() as typeof page1;
    expect(page2.entries.map((e) => e.detail.name)).toEqual(['One Council', undefined]);
    const all = (await asAdmin('GET', '/api/v1/staff/audit?limit=200')).json() as { entries: { staff: { id: string } | null }[]; nextBefore: null };
    expect(all.nextBefore).toBeNull();
    expect(all.entries.every((e) => e.staff?.id === admin.id)).toBe(true);
    expectErrorBody(await asAdmin('GET', '/api/v1/staff/audit?limit=0'), 400);
    expectErrorBody(await asAdmin('GET', '/api/v1/staff/audit?before=abc'), 400);
  });
});
