// Lighthouse (mobile: a mid-range phone on slow 4G, simulated throttling) on the young person's two first screens,
// against the real server serving a build: the join link on a phone that has never opened Heard, and home on a phone
// that has already joined.
//
//   npx tsx bench/lighthouse.ts [--dist dist] [--root <checkout>] [--runs 3] [--out test-results/lighthouse]
//
// Each run starts the machine's Chromium (`CHROMIUM_PATH`, default /usr/bin/chromium) headless with a profile of its
// own and a DevTools port, and Lighthouse's Node API drives it through that port:
// - `join`: `/join/DEMOSHIRE` in a fresh profile (Lighthouse also clears the origin's storage first): the first visit.
// - `home`: the same profile first joins Demoshire from the link (through playwright-core over the same port, as a
//   young person would, then waits for home), then Lighthouse loads `/` WITHOUT clearing storage (the phone keeps
//   its link to the council, and the service worker it installed).
// Prints the performance, accessibility and best-practices scores and LCP, CLS and TBT of every run and the median;
// saves each run's report as JSON in --out. A benchmark, not a test: nothing fails on a figure.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import { chromium } from 'playwright-core';
import { startServer } from '../test/e2e/harness';

const ROOT = path.resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const { values: args } = parseArgs({
  options: { dist: { type: 'string' }, root: { type: 'string' }, runs: { type: 'string' }, out: { type: 'string' } },
});
const root = path.resolve(args.root ?? ROOT);
const dist = path.resolve(args.dist ?? path.join(root, 'dist'));
const out = path.resolve(args.out ?? path.join(ROOT, 'test-results/lighthouse'));
const runs = Number(args.runs ?? '3');
// Heard serves the build's precompressed files: a dist from `vite build` alone has none, and the join link's first load
// would be measured about 390 KB larger than a young person's.
if (!existsSync(dist) || !readdirSync(path.join(dist, 'assets')).some((f) => f.endsWith('.br')))
  throw new Error(`${dist} has no precompressed (.br) files: build it with \`npm run build\`, not \`vite build\` alone`);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a whole number, at least 1');

type Tree = { [key: string]: string | Tree };
/** The English words of `ns:dotted.key` in `root`'s locale files (to find home's heading on either side of a change). */
function text(key: string): string {
  const [ns, dotted] = key.split(':') as [string, string];
  let node: string | Tree | undefined = JSON.parse(readFileSync(path.join(root, 'locales/en', `${ns}.json`), 'utf8')) as Tree;
  for (const part of dotted.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`no text for ${key} in ${root}/locales/en`);
  return node;
}

interface Chrome {
  port: number;
  stop(): Promise<void>;
}

/** Chromium, headless, with its own profile; the DevTools port it picked is read from the profile's DevToolsActivePort. */
async function startChrome(): Promise<Chrome> {
  const profile = mkdtempSync(path.join(tmpdir(), 'heard-lighthouse-'));
  const child: ChildProcess = spawn(
    CHROMIUM,
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-default-apps',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
      '--no-default-browser-check',
      '--mute-audio',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  const portFile = path.join(profile, 'DevToolsActivePort');
  const deadline = Date.now() + 60_000;
  while (!existsSync(portFile) || readFileSync(portFile, 'utf8').split('\n')[0] === '') {
    if (child.exitCode !== null) throw new Error(`Chromium exited (${child.exitCode}) before opening its DevTools port`);
    if (Date.now() > deadline) throw new Error('Chromium did not open its DevTools port in 60 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  const port = Number(readFileSync(portFile, 'utf8').split('\n')[0]);
  return {
    port,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      // Chromium's helper processes may still be writing to the profile for a moment after the browser has gone.
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 300 });
      } catch (e) {
        console.warn(`  (could not remove ${profile}: ${String(e)})`);
      }
    },
  };
}

/** Joins Demoshire from its link in the profile's own context, as a young person does, and leaves the page on home. */
async function joinFirst(port: number, origin: string): Promise<void> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const context = browser.contexts()[0];
    if (!context) throw new Error('Chromium has no default context');
    const page = await context.newPage();
    await page.goto(`${origin}/join/DEMOSHIRE`);
    await page.getByRole('heading', { level: 1, name: text('common:home.title') }).waitFor({ timeout: 60_000 });
    // The service worker installs and precaches on the first visit; a phone that joined has it.
    await page
      .waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 })
      .catch(() => {
        console.warn('  (no service worker controls the page after joining; home is measured without it)');
      });
    await page.close();
  } finally {
    await browser.close(); // disconnects; the Chromium process and its profile stay for Lighthouse
  }
}

interface Figures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  fcpMs: number;
}

function figures(lhr: Result): Figures {
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? Number.NaN) * 100);
  const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    lcpMs: Math.round(value('largest-contentful-paint')),
    cls: Math.round(value('cumulative-layout-shift') * 1000) / 1000,
    tbtMs: Math.round(value('total-blocking-time')),
    fcpMs: Math.round(value('first-contentful-paint')),
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function row(label: string, f: Figures): string {
  return `| ${label} | ${f.performance} | ${f.accessibility} | ${f.bestPractices} | ${f.lcpMs} | ${f.cls} | ${f.tbtMs} | ${f.fcpMs} |`;
}

async function measure(target: 'join' | 'home', origin: string, n: number): Promise<Figures> {
  const chrome = await startChrome();
  try {
    if (target === 'home') await joinFirst(chrome.port, origin);
    const flags: Flags = {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
      formFactor: 'mobile',
      disableStorageReset: target === 'home',
    };
    const url = target === 'home' ? `${origin}/` : `${origin}/join/DEMOSHIRE`;
    const result = await lighthouse(url, flags);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    writeFileSync(path.join(out, `${target}-${n}.json`), JSON.stringify(lhr));
    for (const w of lhr.runWarnings) console.warn(`  warning (${target} ${n}): ${w}`);
    return figures(lhr);
  } finally {
    await chrome.stop();
  }
}

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true });
  const server = await startServer({ staticDir: dist, root });
  const lines: string[] = [];
  try {
    console.log(
      `Lighthouse on ${dist} (server from ${root}); load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    lines.push('| run | performance | accessibility | best practices | LCP ms | CLS | TBT ms | FCP ms |', '|---|---|---|---|---|---|---|---|');
    for (const target of ['home', 'join'] as const) {
      const all: Figures[] = [];
      for (let n = 1; n <= runs; n++) {
        const f = await measure(target, server.origin, n);
        all.push(f);
        console.log(row(`${target} ${n}`, f));
        lines.push(row(`${target} ${n}`, f));
      }
      const keys = Object.keys(all[0]!) as (keyof Figures)[];
      const med = Object.fromEntries(keys.map((k) => [k, median(all.map((f) => f[k]))])) as unknown as Figures;
      lines.push(row(`**${target}, median of ${runs}**`, med));
    }
  } finally {
    await server.stop();
  }
  console.log(
    `\n${lines.join('\n')}\n\nload average after: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}; reports in ${out}`,
  );
}

await main();
