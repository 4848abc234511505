import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { compressBuild } from '../cli/compress-build';
import { cacheControlFor, IMMUTABLE, isJoinLink, registerStaticFiles, REVALIDATE } from './static-files';

describe('cacheControlFor', () => {
  it('caches hashed assets for a year and revalidates the shell', () => {
    expect(cacheControlFor('/assets/index-abc123.js')).toBe(IMMUTABLE);
    for (const p of ['/index.html', '/sw.js', '/manifest.webmanifest', '/registerSW.js', '/workbox-abc.js', '/icons/icon-192.png']) {
      expect(cacheControlFor(p)).toBe(REVALIDATE);
    }
  });
});

describe('compressed files', () => {
  it('sends the build’s Brotli or gzip copy by Accept-Encoding, the plain file otherwise, and the app’s pages too', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'heard-static-'));
    try {
      mkdirSync(path.join(dir, 'assets'));
      const js = `export const words = ${JSON.stringify('Say what you think. '.repeat(200))};\n`;
      writeFileSync(path.join(dir, 'assets', 'index-abc.js'), js);
      writeFileSync(path.join(dir, 'index.html'), `<!doctype html><title>Heard</title>${'<p>Heard</p>'.repeat(200)}`);
      writeFileSync(path.join(dir, 'tiny.txt'), 'small');
      const report = compressBuild(dir);
      expect(report.files).toBe(2);
      expect(report.brotli).toBeLessThan(report.bytes / 5);
      expect(() => readFileSync(path.join(dir, 'tiny.txt.br'))).toThrow();

      const app = Fastify();
      await registerStaticFiles(app, dir);
      const br = await app.inject({ url: '/assets/index-abc.js', headers: { 'accept-encoding': 'gzip, deflate, br' } });
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers['cache-control']).toBe(IMMUTABLE);
      expect(br.headers['content-type']).toMatch(/javascript/);
      expect(brotliDecompressSync(br.rawPayload).toString()).toBe(js);
      const gz = await app.inject({ url: '/assets/index-abc.js', headers: { 'accept-encoding': 'gzip' } });
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gz.rawPayload).toString()).toBe(js);
      const plain = await app.inject({ url: '/assets/index-abc.js' });
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body).toBe(js);
      const page = await app.inject({ url: '/join/DEMOSHIRE', headers: { 'accept-encoding': 'br' } });
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-encoding']).toBe('br');
      expect(page.headers['cache-control']).toBe(REVALIDATE);
      await app.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('join links', () => {
  it('tells a join link from other pages', () => {
    for (const url of ['/join', '/join/', '/join/DEMOSHIRE', '/join/DEMOSHIRE?x=1', '/join/%E0']) expect(isJoinLink(url), url).toBe(true);
    for (const url of ['/', '/joined', '/join/A/B', '/wall', '/staff/join', '/join.html']) expect(isJoinLink(url), url).toBe(false);
  });

  it('are sent join.html when the build made one, and index.html otherwise; other pages always index.html', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'heard-static-'));
    try {
      writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>index</title>');
      const app = Fastify();
      await registerStaticFiles(app, dir);
      expect((await app.inject({ url: '/join/DEMOSHIRE' })).body).toContain('index');
      await app.close();

      writeFileSync(path.join(dir, 'join.html'), '<!doctype html><title>join</title>');
      const withJoin = Fastify();
      await registerStaticFiles(withJoin, dir);
      for (const url of ['/join/DEMOSHIRE', '/join', '/join/DEMOSHIRE?from=poster']) {
        const page = await withJoin.inject({ url });
        expect(page.statusCode, url).toBe(200);
        expect(page.body, url).toContain('<title>join</title>');
        expect(page.headers['cache-control']).toBe(REVALIDATE);
      }
      for (const url of ['/', '/wall', '/staff/sign-in']) expect((await withJoin.inject({ url })).body, url).toContain('<title>index</title>');
      await withJoin.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
