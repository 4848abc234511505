import { describe, expect, it } from 'vitest';
import { cacheControlFor, IMMUTABLE, REVALIDATE } from './static-files';

describe('cacheControlFor', () => {
  it('caches hashed assets for a year and revalidates the shell', () => {
    expect(cacheControlFor('/assets/index-abc123.js')).toBe(IMMUTABLE);
    for (const p of ['/index.html', '/sw.js', '/manifest.webmanifest', '/registerSW.js', '/workbox-abc.js', '/icons/icon-192.png']) {
      expect(cacheControlFor(p)).toBe(REVALIDATE);
    }
  });
});
