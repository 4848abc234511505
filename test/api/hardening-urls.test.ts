// Addresses a browser or a script can send that Fastify itself refuses, on SQLite and PostgreSQL: a path parameter
// longer than the router takes and an address that cannot be decoded answer a 4xx in Heard's own words ({ code,
// message } with Heard's codes), like every other refusal — never Fastify's internal codes, never a 500.
import { beforeEach, expect, it } from 'vitest';
import { describeOnDatabases, type ApiEnv } from '../fixtures/api-harness';

describeOnDatabases('hardening: addresses the router refuses', (harness) => {
  let env: ApiEnv;
  let staff: ReturnType<ApiEnv['staff']>;

  beforeEach(async () => {
    env = harness();
    const council = await env.createCouncil({ name: 'Urlshire' });
    const member = await env.createStaff(council.id, { roles: ['admin'] });
    staff = env.staff(await env.signInStaff(member.email, member.password));
  });

  it('answers a path parameter longer than the router takes with a 414 in plain words', async () => {
    const res = await staff('PATCH', `/api/v1/staff/accounts/${'a'.repeat(600)}`, { roles: ['admin'] });
    expect(res.statusCode).toBe(414);
    expect(res.json()).toEqual({ code: 'address-too-long', message: expect.stringMatching(/address/i) });
  });

  it('answers an address that cannot be decoded with a 400 in plain words', async () => {
    const res = await staff('PATCH', '/api/v1/staff/accounts/%E0%A4%A', { roles: ['admin'] });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    const body = res.json() as { code: string; message: string };
    expect(body.code).not.toMatch(/^FST_/);
    expect(body.message).toBeTruthy();
  });
});
