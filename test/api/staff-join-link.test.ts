// The join link for any staff role: an IRO at a review or a worker on a visit helps a young person join with the
// council's code, without seeing the council's settings; only ever their own council's code.
import { beforeEach, expect, it } from 'vitest';
import { ROLES } from '../../src/shared/roles';
import { describeOnDatabases, expectErrorBody, type ApiEnv } from '../fixtures/api-harness';

describeOnDatabases('staff join link', (harness) => {
  let env: ApiEnv;
  let councilId: string;
  let joinCode: string;
  let suffix: string;

  beforeEach(async () => {
    env = harness();
    ({ id: councilId, joinCode } = await env.createCouncil({
      name: 'Joinshire',
      districts: [],
      outOfHoursPhone: '0300 123 4567',
      languages: ['en'],
    }));
    suffix = councilId.slice(0, 8);
  });

  it('answers every staff role with its own council code and name, and follows a new code', async () => {
    for (const role of ROLES) {
      const member = await env.createStaff(councilId, { email: `${role}-${suffix}@join.example`, roles: [role] });
      const res = await env.staff(await env.signInStaff(member.email))('GET', '/api/v1/staff/join-link');
      expect(res.statusCode, role).toBe(200);
      expect(res.json()).toEqual({ joinCode, councilName: 'Joinshire' });
    }
    const admin = await env.createStaff(councilId, { email: `lead-${suffix}@join.example`, roles: ['admin'] });
    const asAdmin = env.staff(await env.signInStaff(admin.email));
    const rotated = (await asAdmin('POST', '/api/v1/staff/council/join-code')).json<{ joinCode: string }>().joinCode;
    expect(rotated).not.toBe(joinCode);
    expect((await asAdmin('GET', '/api/v1/staff/join-link')).json()).toEqual({ joinCode: rotated, councilName: 'Joinshire' });
  });

  it('never shows another council its code, and needs a signed-in member', async () => {
    const other = await env.createCouncil({ name: 'Othershire', districts: [], outOfHoursPhone: '0300 000 0000', languages: ['en'] });
    const iro = await env.createStaff(other.id, { email: `iro-other-${suffix}@join.example`, roles: ['iro'] });
    const res = await env.staff(await env.signInStaff(iro.email))('GET', '/api/v1/staff/join-link');
    expect(res.json()).toEqual({ joinCode: other.joinCode, councilName: 'Othershire' });
    expectErrorBody(await env.app.inject({ method: 'GET', url: '/api/v1/staff/join-link' }), 401);
  });
});
