// Joining a council: POST /api/v1/devices gives a token once and stores only its hash; a wrong code is a kind 404;
// bad input is a 4xx that changes nothing; the join endpoint is rate limited. Runs on SQLite and PostgreSQL.
import { createHash } from 'node:crypto';
import { beforeEach, expect, it } from 'vitest';
import { JOIN_LIMITS } from '../../src/server/features/council/service/join-limits';
import { registerDeviceResponseSchema } from '../../src/shared/protocol';
import { describeOnDatabases, expectErrorBody, nextAddress, type ApiEnv } from '../fixtures/api-harness';

describeOnDatabases('devices', (harness) => {
  let env: ApiEnv;
  let council: Awaited<ReturnType<ApiEnv['createCouncil']>>;
  const join = (payload: unknown, headers: Record<string, string> = {}) =>
    env.app.inject({ method: 'POST', url: '/api/v1/devices', payload: payload as string, headers, remoteAddress: nextAddress() });

  beforeEach(async () => {
    env = harness();
    council = await env.createCouncil({ name: 'Joinshire', joinCode: `JOIN-${Math.random().toString(36).slice(2, 8).toUpperCase()}` });
  });

  it('registers a device with a random token and keeps only its sha256', async () => {
    const res = await join({ joinCode: council.joinCode.toLowerCase() });
    expect(res.statusCode, res.body).toBe(201);
    const body = registerDeviceResponseSchema.parse(res.json());
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(body.council).toMatchObject({ id: council.id, name: 'Joinshire', districts: council.districts });
    const row = await env.db.selectFrom('devices').selectAll().where('id', '=', body.deviceId).executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(createHash('sha256').update(body.token).digest('base64url'));
    expect(JSON.stringify(row)).not.toContain(body.token);
    expect(row).toMatchObject({ council_id: council.id, last_seen_on: '2026-03-02' });
    const second = await env.registerDevice(council.joinCode);
    expect(second.token).not.toBe(body.token);
    expect(second.deviceId).not.toBe(body.deviceId);
  });

  it('notes when a device was last seen, at most once a day', async () => {
    const device = await env.registerDevice(council.joinCode);
    const seen = async () =>
      (await env.db.selectFrom('devices').select('last_seen_on').where('id', '=', device.deviceId).executeTakeFirstOrThrow()).last_seen_on;
    env.advance(60 * 60 * 1000);
    await env.pullOk(device.token);
    expect(await seen()).toBe('2026-03-02');
    env.setNow(new Date('2026-03-05T08:00:00.000Z'));
    await env.pullOk(device.token);
    expect(await seen()).toBe('2026-03-05');
  });

  const badBodies: [string, unknown, Record<string, string>, number, string][] = [
    ['a wrong join code', { joinCode: 'NOT-A-COUNCIL' }, {}, 404, 'unknown-join-code'],
    ['no join code', {}, {}, 400, 'invalid-input'],
    ['a number', { joinCode: 1234 }, {}, 400, 'invalid-input'],
    ['symbols', { joinCode: "DEMO'; drop table devices;--" }, {}, 400, 'invalid-input'],
    ['a huge code', { joinCode: 'A'.repeat(500) }, {}, 400, 'invalid-input'],
    ['malformed JSON', '{"joinCode":', { 'content-type': 'application/json' }, 400, 'invalid-json'],
    ['an empty JSON body', '', { 'content-type': 'application/json' }, 400, 'invalid-json'],
    ['a form post', 'joinCode=DEMOSHIRE', { 'content-type': 'application/x-www-form-urlencoded' }, 415, 'unsupported-media-type'],
    ['a list', ['DEMOSHIRE'], {}, 400, 'invalid-input'],
  ];
  for (const [what, payload, headers, status, code] of badBodies) {
    it(`answers ${what} with ${status} ${code} and registers nothing`, async () => {
      const before = await env.counts('devices', 'change_log');
      expectErrorBody(await join(payload, headers), status, code);
      expect(await env.counts('devices', 'change_log')).toEqual(before);
    });
  }

  it('says kindly that a join code is wrong, and names the field when input is bad', async () => {
    const wrong = await join({ joinCode: 'NOPE-NOPE' });
    expect(wrong.json<{ message: string }>().message).toMatch(/could not find that code/i);
    const bad = await join({ joinCode: 12 });
    expect(bad.json<{ message: string }>().message).toMatch(/^joinCode: /);
  });

  it('limits how often one address may try wrong join codes', async () => {
    const statuses: number[] = [];
    const limit = JOIN_LIMITS.wrongCodesPer10Minutes;
    for (let i = 0; i < limit + 5; i += 1) {
      const res = await env.app.inject({ method: 'POST', url: '/api/v1/devices', payload: { joinCode: 'GUESS-1234' }, remoteAddress: '10.200.0.1' });
      statuses.push(res.statusCode);
      if (res.statusCode === 429) expectErrorBody(res, 429, 'slow-down');
    }
    expect(statuses.slice(0, limit).every((s) => s === 404)).toBe(true);
    expect(statuses.slice(limit).every((s) => s === 429)).toBe(true);
    // Another address is not held up.
    expect((await join({ joinCode: council.joinCode })).statusCode).toBe(201);
  });
});

describeOnDatabases(
  'device rate limits',
  (harness) => {
    it('slows down one address that pulls too often, with 429 slow-down, and lets others through', async () => {
      const env = harness();
      const council = await env.createCouncil();
      const device = await env.registerDevice(council.joinCode);
      const pull = (remoteAddress: string) =>
        env.app.inject({ method: 'GET', url: '/api/v1/sync/pull', headers: { authorization: device.authorization }, remoteAddress });
      for (let i = 0; i < 3; i += 1) expect((await pull('10.201.0.1')).statusCode).toBe(200);
      const limited = await pull('10.201.0.1');
      expectErrorBody(limited, 429, 'slow-down');
      expect(limited.headers['retry-after']).toBeDefined();
      expect((await pull('10.201.0.2')).statusCode).toBe(200);
      // A new window starts a minute later.
      env.advance(61_000);
      expect((await pull('10.201.0.1')).statusCode).toBe(200);
    });

    it('keeps the counters in the database, so every server instance shares them', async () => {
      const env = harness();
      const rows = await env.db.selectFrom('rate_limits').select(['key', 'hits']).execute();
      expect(rows.find((r) => r.key.endsWith('/api/v1/sync/pull|10.201.0.1'))).toBeDefined();
    });
  },
  // The database store here on both databases (the app default uses it on PostgreSQL only); the clock is the test's.
  { app: { rateLimits: { devicePerMinute: 3 }, rateLimitStore: 'database' } },
);
