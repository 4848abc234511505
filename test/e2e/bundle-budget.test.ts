// The young person's first load stays small: every script and modulepreload that dist/index.html loads, gzipped at
// level 9 (as bench/compare.ts measures it), within the 120 KB budget; the database code (Dexie) is not part of it;
// and fonts arrive as woff2 files through CSS, never inside JavaScript. Runs on the build (`npx vite build` first).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const DIST = path.resolve(import.meta.dirname, '../../dist');
const BUDGET = 120 * 1024;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function initialScripts(html: string): string[] {
  return [...html.matchAll(/<script[^>]+src="([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)].map((m) => (m[1] ?? m[2])!);
}
const read = (file: string) => readFileSync(path.join(DIST, file.replace(/^\//, '')));

describe("the young person's first load", () => {
  const html = existsSync(path.join(DIST, 'index.html')) ? readFileSync(path.join(DIST, 'index.html'), 'utf8') : '';

  it('is built (npx vite build)', () => {
    expect(html, `no ${DIST}/index.html: run npx vite build first`).not.toBe('');
  });

  it('is at most 120 KB of JavaScript, gzip -9', () => {
    const files = initialScripts(html);
    expect(files.length).toBeGreaterThan(0);
    const sizes = files.map((f) => ({ file: f, gzip: gzipSync(read(f), { level: 9 }).length }));
    const total = sizes.reduce((n, s) => n + s.gzip, 0);
    console.log(
      [
        `initial JavaScript, gzip -9 (budget ${kb(BUDGET)}):`,
        ...sizes.map((s) => `  ${kb(s.gzip).padStart(9)}  ${s.file}`),
        `  ${kb(total).padStart(9)}  total in ${files.length} files`,
      ].join('\n'),
    );
    expect(total, `initial JavaScript is ${kb(total)} gzip, over the ${kb(BUDGET)} budget`).toBeLessThanOrEqual(BUDGET);
  });

  it('leaves the database code to load beside the first screen, not before it', () => {
    for (const f of initialScripts(html)) {
      const code = read(f).toString('utf8');
      // Strings only Dexie carries (its error names and its version marker).
      expect(/DexieError|\.semVer\b|Dexie\.version/.test(code), `${f} contains Dexie`).toBe(false);
    }
  });

  it('gets its fonts as woff2 files through CSS, never inside JavaScript or as data in CSS', () => {
    const assets = readdirSync(path.join(DIST, 'assets'));
    for (const f of assets.filter((a) => a.endsWith('.js'))) {
      const code = readFileSync(path.join(DIST, 'assets', f), 'utf8');
      expect(/data:(font|application\/font|application\/x-font)|@font-face|\.woff2?\b/.test(code), `${f} carries a font`).toBe(false);
    }
    const fonts: string[] = [];
    for (const f of assets.filter((a) => a.endsWith('.css'))) {
      const css = readFileSync(path.join(DIST, 'assets', f), 'utf8');
      for (const face of css.match(/@font-face\s*{[^}]*}/g) ?? []) {
        const urls = [...face.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1]!);
        expect(urls.length, `a @font-face in ${f} has no url`).toBeGreaterThan(0);
        for (const url of urls) {
          expect(url.startsWith('data:'), `${f} inlines a font as data`).toBe(false);
          expect(url, `${f} names a font that is not woff2`).toMatch(/\.woff2(\?.*)?$/);
          expect(existsSync(path.join(DIST, url.replace(/^\//, '').replace(/\?.*$/, ''))), `${url} is not in the build`).toBe(true);
          fonts.push(url);
        }
      }
    }
    console.log(`font files the CSS names: ${fonts.length ? [...new Set(fonts)].join(', ') : 'none (the system font)'}`);
  });
});
