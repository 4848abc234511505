// Who the client is and how long it may take, on SQLite and PostgreSQL: TRUST_PROXY believes only the configured
// hops (a forged X-Forwarded-For chain cannot dodge a rate limit), a body that trickles in is cut off, and a group
// session of 30 phones from one address all join while code guessing and floods are refused.
import { connect } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { buildApp, type AppOptions } from '../../src/server/app';
import { JOIN_LIMITS } from '../../src/server/features/council/service/join-limits';
import type { Config } from '../../src/server/lib/config';
import { describeOnDatabases, expectErrorBody, nextAddress, type ApiEnv } from '../fixtures/api-harness';

describeOnDatabases('hardening: proxies, timeouts, joining', (harness) => {
  let env: ApiEnv;
  const apps: FastifyInstance[] = [];

  async function appWith(config: Partial<Config>, options: AppOptions = {}): Promise<FastifyInstance> {
    const app = await buildApp({ db: env.db, config: { ...env.config, ...config }, now: env.now }, { rateLimitStore: 'memory', ...options });
    apps.push(app);
    await app.ready();
    return app;
  }

  beforeEach(() => {
    env = harness();
  });
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
  });

  /** Pulls without a token (401), which still counts against the per-address limit for device routes. */
  const pullFrom = (app: FastifyInstance, socket: string, forwardedFor?: string) =>
    app.inject({ method: 'GET', url: '/api/v1/sync/pull', remoteAddress: socket, headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} });

  it('TRUST_PROXY=1 believes one hop: a forged chain further left never changes the address the limits count', async () => {
    const app = await appWith({ trustProxy: 1 }, { rateLimits: { devicePerMinute: 3 } });
    const proxy = '10.200.0.1';
    // The proxy appends the address it saw (203.0.113.7); the client wrote the rest.
    for (let i = 0; i < 3; i += 1) expect((await pullFrom(app, proxy, `198.51.100.${i}, 192.0.2.${i}, 203.0.113.7`)).statusCode).toBe(401);
    expectErrorBody(await pullFrom(app, proxy, '198.51.100.99, 203.0.113.7'), 429, 'slow-down');
    expectErrorBody(await pullFrom(app, proxy, '203.0.113.7'), 429, 'slow-down');
    // Another client behind the same proxy has its own count.
    expect((await pullFrom(app, proxy, '198.51.100.1, 203.0.113.8')).statusCode).toBe(401);
  });

  it('TRUST_PROXY as a list of proxy addresses, and 0, which ignores the header', async () => {
    const listed = await appWith({ trustProxy: ['10.200.0.0/16'] }, { rateLimits: { devicePerMinute: 2 } });
    for (let i = 0; i < 2; i += 1) expect((await pullFrom(listed, '10.200.0.1', `198.51.100.${i}, 203.0.113.9`)).statusCode).toBe(401);
    expectErrorBody(await pullFrom(listed, '10.200.0.2', '1.1.1.1, 203.0.113.9'), 429, 'slow-down');
    // A client not behind a listed proxy cannot name itself someone else.
    const direct = nextAddress();
    for (let i = 0; i < 2; i += 1) expect((await pullFrom(listed, direct, `203.0.113.${50 + i}`)).statusCode).toBe(401);
    expectErrorBody(await pullFrom(listed, direct, '203.0.113.60'), 429, 'slow-down');

    const none = await appWith({ trustProxy: false }, { rateLimits: { devicePerMinute: 2 } });
    const client = nextAddress();
    for (let i = 0; i < 2; i += 1) expect((await pullFrom(none, client, `203.0.113.${i}`)).statusCode).toBe(401);
    expectErrorBody(await pullFrom(none, client, '203.0.113.77'), 429, 'slow-down');
  });

  it('cuts off a request whose body trickles in, and creates nothing', async () => {
    const council = await env.createCouncil();
    const app = await appWith({ timeouts: { request: 1000, headers: 500, idle: 10_000, keepAlive: 5000 } });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const before = await env.counts('devices');
    const body = JSON.stringify({ joinCode: council.joinCode });
    const started = Date.now();
    const outcome = await new Promise<{ answer: string; closedAfterMs: number; sent: number }>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      let answer = '';
      let sent = 0;
      let timer: NodeJS.Timeout | undefined;
      socket.on('connect', () => {
        socket.write(`POST /api/v1/devices HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`);
        // One byte every 300 ms: the whole body would take several seconds.
        timer = setInterval(() => {
          if (sent < body.length && !socket.destroyed) socket.write(body[sent++]!);
        }, 300);
      });
      socket.on('data', (chunk) => (answer += chunk.toString()));
      socket.on('error', () => undefined);
      socket.on('close', () => {
        clearInterval(timer);
        resolve({ answer, closedAfterMs: Date.now() - started, sent });
      });
    });
    expect(outcome.sent).toBeLessThan(body.length);
    expect(outcome.closedAfterMs).toBeLessThan(4000);
    expect(outcome.answer === '' || outcome.answer.startsWith('HTTP/1.1 408')).toBe(true);
    expect(await env.counts('devices')).toEqual(before);
  });

  it('lets 30 phones join from one address within a minute', async () => {
    const council = await env.createCouncil();
    const app = await appWith({}, {});
    const school = nextAddress();
    const answers = await Promise.all(
      Array.from({ length: 30 }, () =>
        app.inject({ method: 'POST', url: '/api/v1/devices', payload: { joinCode: council.joinCode }, remoteAddress: school }),
      ),
    );
    expect(answers.map((a) => a.statusCode)).toEqual(Array(30).fill(201));
  });

  it('refuses guessing: after too many wrong codes from one address even the right code waits, then works', async () => {
    const council = await env.createCouncil();
    const app = await appWith({}, {});
    const guesser = nextAddress();
    const join = (code: string, from = guesser) =>
      app.inject({ method: 'POST', url: '/api/v1/devices', payload: { joinCode: code }, remoteAddress: from });
    for (let i = 0; i < JOIN_LIMITS.wrongCodesPer10Minutes; i += 1) expectErrorBody(await join(`WRONG${i}`), 404, 'unknown-join-code');
    const before = await env.counts('devices');
    expectErrorBody(await join('WRONGAGAIN'), 429, 'slow-down');
    expectErrorBody(await join(council.joinCode), 429, 'slow-down');
    expect(await env.counts('devices')).toEqual(before);
    // Someone else is not held up; and after ten minutes the guesser's right code works.
    expect((await join(council.joinCode, nextAddress())).statusCode).toBe(201);
    env.advance(10 * 60_000 + 1000);
    expect((await join(council.joinCode)).statusCode).toBe(201);
  });

  it('caps joins per address and per join code per hour', async () => {
    const council = await env.createCouncil();
    const app = await appWith({}, {});
    const saved = { ...JOIN_LIMITS };
    try {
      JOIN_LIMITS.perAddressPerHour = 3;
      JOIN_LIMITS.perCouncilPerHour = 5;
      const home = nextAddress();
      const join = (from: string) =>
        app.inject({ method: 'POST', url: '/api/v1/devices', payload: { joinCode: council.joinCode }, remoteAddress: from });
      for (let i = 0; i < 3; i += 1) expect((await join(home)).statusCode).toBe(201);
      expectErrorBody(await join(home), 429, 'slow-down');
      expect((await join(nextAddress())).statusCode).toBe(201);
      expect((await join(nextAddress())).statusCode).toBe(201);
      const before = await env.counts('devices');
      expectErrorBody(await join(nextAddress()), 429, 'slow-down');
      expect(await env.counts('devices')).toEqual(before);
      env.advance(60 * 60_000 + 1000);
      expect((await join(home)).statusCode).toBe(201);
    } finally {
      Object.assign(JOIN_LIMITS, saved);
    }
  });
});
