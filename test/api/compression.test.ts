// API answers of 1 KB or more are compressed with Brotli or gzip, as the request's Accept-Encoding asks; smaller
// answers, requests that ask for neither, and errors go as plain JSON. The built PWA's files are not compressed per
// request: the build's own .br/.gz copies are sent byte for byte, and a file without copies goes as it is.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { compressFile } from '../../src/server/cli/compress-build';
import { DEMO_JOIN_CODE, seedDemo } from '../../src/server/db/seed';
import { COMPRESS_THRESHOLD } from '../../src/server/lib/compression';
import { describeOnDatabases, expectErrorBody, nextAddress, type ApiEnv } from '../fixtures/api-harness';

// A small build: a script with the build's compressed copies, and a web manifest too small to have any.
const staticDir = mkdtempSync(path.join(tmpdir(), 'heard-compress-dist-'));
mkdirSync(path.join(staticDir, 'assets'));
writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Heard</title><script type="module" src="/assets/app.js"></script>');
const script = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `line ${i}`))};\n`;
writeFileSync(path.join(staticDir, 'assets/app.js'), script);
compressFile(path.join(staticDir, 'assets/app.js'));
writeFileSync(path.join(staticDir, 'small.json'), JSON.stringify({ name: 'Heard', pad: 'x'.repeat(1500) }));

/** The answer's body as text, undoing its Content-Encoding. */
function decoded(res: LightMyRequestResponse): string {
  const encoding = res.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(res.rawPayload).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(res.rawPayload).toString('utf8');
  expect(encoding).toBeUndefined();
  return res.rawPayload.toString('utf8');
}

describeOnDatabases(
  'compressed API answers',
  (harness) => {
    let env: ApiEnv;
    let token = '';
    beforeAll(async () => {
      env = harness();
      await seedDemo(env.db, env.now());
      const res = await env.app.inject({
        method: 'POST',
        url: '/api/v1/devices',
        payload: { joinCode: DEMO_JOIN_CODE },
        remoteAddress: nextAddress(),
      });
      expect(res.statusCode, res.body).toBe(201);
      token = res.json<{ token: string }>().token;
    });
    const pull = (acceptEncoding?: string) =>
      env.app.inject({
        method: 'GET',
        url: '/api/v1/sync/pull?since=0',
        headers: { authorization: `Bearer ${token}`, ...(acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding }) },
      });

    it('sends a first pull in Brotli or gzip as asked, the same JSON as the plain one and much smaller', async () => {
      const plain = await pull();
      expect(plain.statusCode).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.rawPayload.length).toBeGreaterThan(COMPRESS_THRESHOLD);
      const json = JSON.parse(decoded(plain)) as unknown;

      const br = await pull('gzip, deflate, br');
      expect(br.headers['content-encoding']).toBe('br');
      expect(String(br.headers.vary)).toMatch(/accept-encoding/i);
      expect(br.headers['content-type']).toMatch(/^application\/json/);
      expect(br.headers['cache-control']).toBe('no-store');
      expect(JSON.parse(decoded(br))).toEqual(json);
      expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);

      const gzip = await pull('gzip');
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(JSON.parse(decoded(gzip))).toEqual(json);
      expect(gzip.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);

      // The client's preference wins over the server's order.
      expect((await pull('br;q=0.5, gzip;q=1')).headers['content-encoding']).toBe('gzip');
    });

    it('sends plain JSON when asked for no encoding, identity, or only one it does not use', async () => {
      for (const asked of [undefined, 'identity', 'deflate', 'compress', 'br;q=0, gzip;q=0']) {
        const res = await pull(asked);
        expect(res.statusCode, String(asked)).toBe(200);
        expect(res.headers['content-encoding'], String(asked)).toBeUndefined();
        expect(() => JSON.parse(res.body) as unknown).not.toThrow();
      }
    });

    it('sends small answers and errors as plain JSON even when compression is asked for', async () => {
      const afterCursor = await pull('br, gzip');
      const cursor = JSON.parse(decoded(afterCursor)) as { cursor: string };
      const empty = await env.app.inject({
        method: 'GET',
        url: `/api/v1/sync/pull?since=${encodeURIComponent(cursor.cursor)}`,
        headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'br, gzip' },
      });
      expect(empty.statusCode).toBe(200);
      expect(empty.rawPayload.length).toBeLessThan(COMPRESS_THRESHOLD);
      expect(empty.headers['content-encoding']).toBeUndefined();

      const bad = await env.app.inject({
        method: 'POST',
        url: '/api/v1/devices',
        payload: { joinCode: 'NOT A CODE' },
        headers: { 'accept-encoding': 'br, gzip' },
        remoteAddress: nextAddress(),
      });
      expect(bad.headers['content-encoding']).toBeUndefined();
      expectErrorBody(bad, 400);
      const unauthorised = await env.app.inject({ method: 'GET', url: '/api/v1/sync/pull?since=0', headers: { 'accept-encoding': 'br' } });
      expect(unauthorised.headers['content-encoding']).toBeUndefined();
      expectErrorBody(unauthorised, 401);
      const missing = await env.app.inject({ method: 'GET', url: '/api/v1/no-such-thing', headers: { 'accept-encoding': 'gzip' } });
      expect(missing.headers['content-encoding']).toBeUndefined();
      expectErrorBody(missing, 404);
    });

    it('compresses a large answer of another route too (the OpenAPI document)', async () => {
      const res = await env.app.inject({ method: 'GET', url: '/api/v1/openapi.json', headers: { 'accept-encoding': 'br' } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-encoding']).toBe('br');
      expect((JSON.parse(decoded(res)) as { openapi?: string }).openapi).toMatch(/^3\./);
    });

    it('sends the build’s own compressed copies as they are, and never compresses a static file per request', async () => {
      for (const [asked, ext] of [
        ['br', '.br'],
        ['gzip', '.gz'],
      ] as const) {
        const res = await env.app.inject({ method: 'GET', url: '/assets/app.js', headers: { 'accept-encoding': asked } });
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-encoding']).toBe(asked);
        // Byte for byte the build's copy: not compressed a second time.
        expect(res.rawPayload.equals(readFileSync(path.join(staticDir, `assets/app.js${ext}`)))).toBe(true);
        expect(decoded(res)).toBe(script);
      }
      const plain = await env.app.inject({ method: 'GET', url: '/assets/app.js' });
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body).toBe(script);
      // A file the build left without copies is sent as it is, though it is over the threshold.
      const manifest = await env.app.inject({ method: 'GET', url: '/small.json', headers: { 'accept-encoding': 'br, gzip' } });
      expect(manifest.statusCode).toBe(200);
      expect(manifest.rawPayload.length).toBeGreaterThan(COMPRESS_THRESHOLD);
      expect(manifest.headers['content-encoding']).toBeUndefined();
    });
  },
  { only: 'sqlite', app: { staticDir } },
);
