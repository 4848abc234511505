// What every answer carries (security headers, no-store on the API), how the built PWA is served (shell revalidated,
// hashed assets immutable, app routes fall back to index.html), and how errors look: always { code, message }.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, expect, it } from 'vitest';
import { z } from 'zod';
import { buildApp } from '../../src/server/app';
import { createDb } from '../../src/server/db/connection';
import { migrateToLatest } from '../../src/server/db/migrate';
import { loadConfig } from '../../src/server/lib/config';
import { publicRoute, staffRoute } from '../../src/server/lib/route';
import { CONTENT_SECURITY_POLICY } from '../../src/server/lib/security-headers';
import { routes } from '../../src/server/routes';
import { describeOnDatabases, expectErrorBody, type ApiEnv } from '../fixtures/api-harness';

const dist = mkdtempSync(path.join(tmpdir(), 'heard-dist-'));
const files: Record<string, string> = {
  'index.html': '<!doctype html><title>Heard</title><div id="root"></div>',
  'sw.js': 'self.addEventListener("install", () => {});',
  'manifest.webmanifest': '{"name":"Heard"}',
  'registerSW.js': '',
  'workbox-1a2b3c4d.js': '',
  'assets/index-BxY12abc.js': 'console.log("app")',
  'assets/index-Cq9zz.css': 'body{}',
  'icons/icon-192.png': 'png',
};
for (const [name, body] of Object.entries(files)) {
  mkdirSync(path.dirname(path.join(dist, name)), { recursive: true });
  writeFileSync(path.join(dist, name), body);
}
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const testRoutes = [
  ...routes,
  publicRoute({
    method: 'GET',
    url: '/api/v1/test/boom',
    handler: () => Promise.reject(new Error('a bug with a secret in it')),
  }),
  publicRoute({
    method: 'GET',
    url: '/api/v1/test/echo/:n',
    params: z.object({ n: z.coerce.number().int().min(1).max(9) }),
    query: z.object({ word: z.string().max(5) }),
    handler: ({ params, query }) => Promise.resolve({ n: params.n, word: query.word }),
  }),
  staffRoute(['complaints'], {
    method: 'GET',
    url: '/api/v1/test/complaints',
    handler: ({ staff }) => Promise.resolve({ councilId: staff.councilId }),
  }),
  staffRoute(['complaints'], {
    method: 'POST',
    url: '/api/v1/test/complaints',
    body: z.object({ note: z.string().max(10) }),
    handler: ({ body }) => Promise.resolve({ note: body.note }),
  }),
];

function expectSecurityHeaders(headers: Record<string, unknown>): void {
  expect(headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  expect(String(headers['content-security-policy'])).toContain("frame-ancestors 'none'");
  expect(String(headers['content-security-policy'])).not.toContain('unsafe-inline');
  expect(headers['strict-transport-security']).toMatch(/^max-age=\d{8,}/);
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['permissions-policy']).toBe('camera=(), microphone=(), geolocation=()');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
}

describeOnDatabases(
  'http',
  (harness) => {
    let env: ApiEnv;
    beforeEach(() => {
      env = harness();
    });

    it('puts the security headers and no-store on every API answer, success or error', async () => {
      const council = await env.createCouncil();
      const device = await env.registerDevice(council.joinCode);
      const answers = [
        await env.pull(device.token),
        await env.pull('nope'),
        await env.app.inject({ method: 'POST', url: '/api/v1/devices', payload: { joinCode: 'NOPE-NOPE' } }),
        await env.app.inject({ method: 'GET', url: '/api/v1/nothing-here' }),
      ];
      expect(answers.map((a) => a.statusCode)).toEqual([200, 401, 404, 404]);
      for (const res of answers) {
        expectSecurityHeaders(res.headers);
        expect(res.headers['cache-control']).toBe('no-store');
        expect(res.headers['content-type']).toMatch(/^application\/json/);
      }
    });

    it('serves the shell with no-cache and hashed assets as immutable, with the security headers', async () => {
      const cases: [string, string, RegExp][] = [
        ['/', 'no-cache', /text\/html/],
        ['/index.html', 'no-cache', /text\/html/],
        ['/sw.js', 'no-cache', /javascript/],
        ['/manifest.webmanifest', 'no-cache', /manifest/],
        ['/registerSW.js', 'no-cache', /javascript/],
        ['/workbox-1a2b3c4d.js', 'no-cache', /javascript/],
        ['/assets/index-BxY12abc.js', 'public, max-age=31536000, immutable', /javascript/],
        ['/assets/index-Cq9zz.css', 'public, max-age=31536000, immutable', /css/],
      ];
      for (const [url, cache, type] of cases) {
        const res = await env.app.inject({ method: 'GET', url });
        expect(res.statusCode, url).toBe(200);
        expect(res.headers['cache-control'], url).toBe(cache);
        expect(res.headers['content-type'], url).toMatch(type);
        expectSecurityHeaders(res.headers);
      }
    });

    it("answers the app's own page paths with index.html, and a missing file with 404", async () => {
      for (const url of ['/join/DEMOSHIRE', '/staff', '/staff/wall/queue', '/wall?x=1']) {
        const res = await env.app.inject({ method: 'GET', url });
        expect(res.statusCode, url).toBe(200);
        expect(res.body).toBe(files['index.html']);
        expect(res.headers['cache-control']).toBe('no-cache');
      }
      for (const url of ['/assets/gone-123.js', '/missing.png', '/.env']) {
        const res = await env.app.inject({ method: 'GET', url });
        expectErrorBody(res, 404, 'not-found');
        expectSecurityHeaders(res.headers);
      }
      expectErrorBody(await env.app.inject({ method: 'POST', url: '/join/DEMOSHIRE', payload: {} }), 404, 'not-found');
    });

    it('answers a bug with 500 { code: internal } without its details', async () => {
      const res = await env.app.inject({ method: 'GET', url: '/api/v1/test/boom' });
      expectErrorBody(res, 500, 'internal');
      expect(res.body).not.toContain('secret');
    });

    it('validates params and query, naming the field', async () => {
      expect((await env.app.inject({ method: 'GET', url: '/api/v1/test/echo/3?word=hi' })).json()).toEqual({ n: 3, word: 'hi' });
      const badParam = await env.app.inject({ method: 'GET', url: '/api/v1/test/echo/30?word=hi' });
      expectErrorBody(badParam, 400, 'invalid-input');
      expect(badParam.json<{ message: string }>().message).toMatch(/^n: /);
      const badQuery = await env.app.inject({ method: 'GET', url: '/api/v1/test/echo/3?word=toolong' });
      expect(badQuery.json<{ message: string }>().message).toMatch(/^word: /);
      expectErrorBody(await env.app.inject({ method: 'GET', url: '/api/v1/test/echo/3' }), 400, 'invalid-input');
    });

    it('checks staff sessions, roles and the CSRF header before reading input', async () => {
      expectErrorBody(await env.app.inject({ method: 'GET', url: '/api/v1/staff/me' }), 401, 'unauthorized');
      expectErrorBody(await env.app.inject({ method: 'GET', url: '/api/v1/test/complaints' }), 401, 'unauthorized');
      const council = await env.createCouncil();
      const admin = await env.createStaff(council.id, { roles: ['admin'] });
      const officer = await env.createStaff(council.id, { roles: ['complaints', 'iro'] });
      const asAdmin = env.staff(await env.signInStaff(admin.email, admin.password));
      const asOfficer = env.staff(await env.signInStaff(officer.email, officer.password));
      // Admin is not implied: the route lists the roles that may use it.
      expectErrorBody(await asAdmin('GET', '/api/v1/test/complaints'), 403, 'forbidden');
      expectErrorBody(await asAdmin('POST', '/api/v1/test/complaints', { note: 'x'.repeat(50) }), 403, 'forbidden');
      expect((await asOfficer('GET', '/api/v1/test/complaints')).json()).toEqual({ councilId: council.id });
      expectErrorBody(await asOfficer('POST', '/api/v1/test/complaints', { note: 'hi' }, { csrf: false }), 403, 'csrf');
      expectErrorBody(await asOfficer('POST', '/api/v1/test/complaints', { note: 'x'.repeat(50) }), 400, 'invalid-input');
      expect((await asOfficer('POST', '/api/v1/test/complaints', { note: 'hi' })).json()).toEqual({ note: 'hi' });
    });

    it('answers HEAD like GET, without a body', async () => {
      const res = await env.app.inject({ method: 'HEAD', url: '/sw.js' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body).toBe('');
    });
  },
  { only: 'sqlite', app: { staticDir: dist, routes: testRoutes } },
);

it('without a build, still answers the API and explains how to build at /', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'heard-nobuild-'));
  const config = loadConfig({ DATA_DIR: dir, STATIC_DIR: path.join(dir, 'dist'), LOG_LEVEL: 'silent', HEARD_DEMO: '0' });
  const db = createDb(config);
  try {
    await migrateToLatest(db);
    const app = await buildApp({ db, config, now: () => new Date() });
    const home = await app.inject({ method: 'GET', url: '/' });
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('npm run build');
    expectSecurityHeaders(home.headers);
    expectErrorBody(await app.inject({ method: 'POST', url: '/api/v1/devices', payload: { joinCode: 'NOPE-NOPE' } }), 404, 'unknown-join-code');
    await app.close();
  } finally {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
});
