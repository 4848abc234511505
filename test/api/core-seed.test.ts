// The Demoshire demo council: one seed makes the council, its districts, words and one staff account per role, and
// a new device's first pull brings the council and the demo content. Runs on SQLite and PostgreSQL.
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { ROLES } from '../../src/shared/staff';
import { DEMO_COUNCIL_ID, DEMO_DISTRICTS, DEMO_JOIN_CODE, DEMO_STAFF, demoCouncilExists, seedDemo } from '../../src/server/db/seed';
import { describeOnDatabases, type ApiEnv } from '../fixtures/api-harness';

describeOnDatabases('demo seed', (harness) => {
  let env: ApiEnv;
  beforeAll(async () => {
    env = harness();
    expect(await demoCouncilExists(env.db)).toBe(false);
    await seedDemo(env.db, env.now());
  });
  beforeEach(() => {
    env = harness();
  });

  it('makes Demoshire with its districts, out-of-hours number and words', async () => {
    expect(await demoCouncilExists(env.db)).toBe(true);
    const device = await env.registerDevice(DEMO_JOIN_CODE.toLowerCase());
    expect(device.council).toMatchObject({
      id: DEMO_COUNCIL_ID,
      name: 'Demoshire County Council',
      outOfHoursPhone: '01632 960 999',
      languages: ['en', 'cy', 'ar'],
      vocabulary: { en: { contact: 'Family Time', lookedAfter: 'cared for', reviewMeeting: 'About me meeting' } },
    });
    expect(device.council.districts.map((d) => d.name)).toEqual([...DEMO_DISTRICTS]);
  });

  it('has one demo account per role, each able to sign in with its documented password', async () => {
    expect(DEMO_STAFF.map((s) => s.role).sort()).toEqual([...ROLES].sort());
    for (const staff of DEMO_STAFF) {
      const cookie = await env.signInStaff(staff.email, staff.password);
      const me = await env.staff(cookie)('GET', '/api/v1/staff/me');
      expect(me.statusCode, me.body).toBe(200);
      expect(me.json()).toMatchObject({ email: staff.email, roles: [staff.role], council: { id: DEMO_COUNCIL_ID } });
      // Every role reads the districts (a moderator picks one for a feed item).
      expect((me.json() as { council: { districts: { name: string }[] } }).council.districts.map((d) => d.name)).toEqual([...DEMO_DISTRICTS]);
    }
  });

  it('gives a new device the council and the demo content on its first pull, then nothing more', async () => {
    const device = await env.registerDevice(DEMO_JOIN_CODE);
    const first = await env.pullOk(device.token);
    expect(first.changes.council?.[0]).toMatchObject({ id: DEMO_COUNCIL_ID });
    const logged = await env.db
      .selectFrom('change_log')
      .select('collection')
      .distinct()
      .where('council_id', '=', DEMO_COUNCIL_ID)
      .where('device_id', 'is', null)
      .execute();
    for (const { collection } of logged) {
      if (collection !== 'council') expect(Object.keys(first.changes)).toContain(collection);
    }
    expect(await env.pullOk(device.token, first.cursor)).toEqual({ cursor: first.cursor, changes: {}, more: false });
  });
});
