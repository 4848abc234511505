// Browser-test harness: starts the real server (built PWA + API, demo council, a fresh SQLite file) on a free port,
// and drives the machine's Chromium through playwright-core. Every request the pages make is checked: anything that
// leaves the test server's origin fails the test (Heard makes no third-party requests).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Role } from '../../src/shared/staff';
import { DEMO_STAFF } from '../../src/server/db/seed';
import { text } from './locale-text';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const AXE_SOURCE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');
export const SHOTS_DIR = path.join(ROOT, 'test-results/e2e');

/** True when this machine can run the browser suite (CI installs Chromium; a missing one fails there). */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true') throw new Error(`Chromium is missing at ${CHROMIUM}; .ci/run installs it.`);
  return false;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

function withoutDatabaseUrl(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env };
  delete copy.DATABASE_URL;
  return copy;
}

export interface HeardServer {
  origin: string;
  /** Its data directory (the SQLite database is heard.sqlite in it), for tests that read what the server stored. */
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * Starts `src/server/main.ts` the way `npm start` does (after the build), with its own data directory. `root` is the
 * checkout whose server runs (another worktree's, to serve an older build with its own server); default this one.
 */
export async function startServer(options: { staticDir?: string; root?: string } = {}): Promise<HeardServer> {
  const root = options.root ?? ROOT;
  const staticDir = options.staticDir ?? path.join(root, 'dist');
  if (!existsSync(path.join(staticDir, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first.');
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'heard-e2e-'));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: root,
    env: {
      ...withoutDatabaseUrl(process.env),
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      HEARD_DEMO: '1',
      // The survey journeys count the responses they send: the demo results would be counted with them.
      HEARD_DEMO_SURVEY_RESULTS: '0',
      STATIC_DIR: staticDir,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) {
      rmSync(dataDir, { recursive: true, force: true });
      throw new Error(`server exited early:\n${output}`);
    }
    try {
      const res = await fetch(`${origin}/`);
      if (res.status < 500) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
      throw new Error(`server did not start in 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    origin,
    dataDir,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface PhoneContext {
  context: BrowserContext;
  page: Page;
  /** Requests that left the test server's origin (must stay empty). */
  foreignRequests: string[];
  /** Uncaught page errors (must stay empty). */
  pageErrors: string[];
}

/** A fresh "phone": its own storage, 360 px wide, one page. `locale` sets the browser's language. */
export async function newPhone(browser: Browser, origin: string, locale = 'en-GB'): Promise<PhoneContext> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 780 },
    deviceScaleFactor: 1,
    locale,
    serviceWorkers: 'allow',
  });
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  context.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  const page = await context.newPage();
  page.on('pageerror', (err) => pageErrors.push(String(err)));
  return { context, page, foreignRequests, pageErrors };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core (WCAG 2.0–2.2 A and AA rules) on the page as it is now. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  // Evaluated through the DevTools protocol, so the app's CSP (no inline script) stays on for the test.
  if (!hasAxe) await page.evaluate(readFileSync(AXE_SOURCE, 'utf8'));
  return page.evaluate(async () => {
    const w = window as unknown as {
      axe: {
        run(
          ctx: Document,
          opts: object,
        ): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }>;
      };
    };
    const result = await w.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    // axe counts a target that is scrolled under the sticky header or tab bar as too small (only its uncovered part
    // is measured), so whether a card fails depends on where the page happens to be scrolled. Target size (2.5.8) is
    // measured again with the bars in the flow; what sticky bars may cover is 2.4.11's matter, met by the page's
    // scroll padding (the browser scrolls a focused element clear of both bars).
    if (result.violations.some((v) => v.id === 'target-size')) {
      const bars = Array.from(document.querySelectorAll<HTMLElement>('.app-header, .app-bottom'));
      for (const bar of bars) bar.style.position = 'static';
      try {
        const again = await w.axe.run(document, { runOnly: { type: 'rule', values: ['target-size'] } });
        result.violations = [...result.violations.filter((v) => v.id !== 'target-size'), ...again.violations];
      } finally {
        for (const bar of bars) bar.style.position = '';
      }
    }
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

/** The elements that break one axe rule on the page exactly as it is now (no second run with the bars in the flow). */
export async function axeRuleAsItIs(page: Page, rule: string): Promise<string[]> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.evaluate(readFileSync(AXE_SOURCE, 'utf8'));
  return page.evaluate(async (rule) => {
    const w = window as unknown as {
      axe: { run(ctx: Document, opts: object): Promise<{ violations: { nodes: { target: string[] }[] }[] }> };
    };
    const result = await w.axe.run(document, { runOnly: { type: 'rule', values: [rule] } });
    return result.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')));
  }, rule);
}

/**
 * The whole page as one picture. The young person's screen scrolls in its own box between the header and the tab
 * bar, so for the picture the box is let out to its full height (the whole page scrolls, as with large text).
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  const letOut = (on: boolean) => {
    const app = document.querySelector<HTMLElement>('.app');
    const box = document.querySelector<HTMLElement>('.app-scroll');
    if (app) app.style.blockSize = on ? 'auto' : '';
    if (box) box.style.overflow = on ? 'visible' : '';
  };
  await page.evaluate(letOut, true);
  try {
    await page.screenshot({ path: path.join(SHOTS_DIR, `${name}.png`), fullPage: true });
  } finally {
    await page.evaluate(letOut, false);
  }
}

/** Waits until the page is controlled by the service worker (so an offline reload is served from the precache). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

/** Fails with axe's own words when the page as it is now breaks a WCAG 2.2 AA rule. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const violations = await axe(page);
  expect(violations, `axe on ${where}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
}

/** Runs in the page: nothing scrolls sideways, neither the page nor the box the young person's screen scrolls in. */
function wideness(): boolean {
  const box = document.querySelector('.app-scroll');
  return document.documentElement.scrollWidth <= window.innerWidth && (!box || box.scrollWidth <= box.clientWidth);
}

/** axe in the light and the dark colour scheme, and nothing wider than the phone: the screen as it is now. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
    const violations = await axe(page);
    expect(violations, `axe on ${where} (${scheme}): ${JSON.stringify(violations, null, 1)}`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await page.evaluate(wideness), `${where} is wider than the phone`).toBe(true);
}

/** Opens the tab bar's "More" sheet (the other places, privacy, the language) and waits for it. */
export async function openMore(page: Page, lng = 'en'): Promise<void> {
  await page.getByRole('button', { name: text(lng, 'common:nav.more'), exact: true }).click();
  await page.getByRole('dialog', { name: text(lng, 'common:nav.more') }).waitFor();
}

/** From any screen of a joined phone: the Wall tab, the first prompt, the privacy notice accepted; waits for the write box. */
export async function openFirstPrompt(page: Page, lng = 'en'): Promise<void> {
  await page
    .getByRole('navigation')
    .getByRole('link', { name: text(lng, 'common:nav.wall') })
    .click();
  await page.locator('a.wall-prompt').first().click();
  await acceptPrivacyNotice(page, lng);
  await page.getByLabel(text(lng, 'wall:write.label')).waitFor();
}

/** Signs in at /staff with the form, as a member of staff would; `lng` is the language the form is read in. */
export async function signInStaff(page: Page, origin: string, account: { email: string; password: string }, lng = 'en'): Promise<void> {
  await page.goto(`${origin}/staff`);
  await page.getByLabel(text(lng, 'staff:signIn.email')).fill(account.email);
  await page.getByLabel(text(lng, 'staff:signIn.password')).fill(account.password);
  await page.getByRole('button', { name: text(lng, 'staff:signIn.submit') }).click();
  await page.getByRole('button', { name: text(lng, 'staff:signOut') }).waitFor();
}

/**
 * The notice about what happens to what a young person writes comes first, once per phone, in place of the first
 * write box: read it and tap "I understand", as a young person would.
 */
export async function acceptPrivacyNotice(page: Page, lng = 'en'): Promise<void> {
  await page.getByRole('button', { name: text(lng, 'privacy:notice.ok') }).click();
}

/** Demoshire's demo account for a role (the README's documented sign-in). */
export function demoAccount(role: Role): { email: string; password: string } {
  const account = DEMO_STAFF.find((s) => s.role === role);
  if (!account) throw new Error(`no demo account for ${role}`);
  return { email: account.email, password: account.password };
}

/** For a suite: starts Heard (demo mode, fresh database) and Chromium before its tests, and stops both after. */
export function heardInChromium(): { readonly server: HeardServer; readonly browser: Browser } {
  let server: HeardServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  return {
    get server() {
      if (!server) throw new Error('the server starts in beforeAll');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('the browser starts in beforeAll');
      return browser;
    },
  };
}

/**
 * Replaces the phone's speech with a recorder that has voices for `langs` (pass to context.addInitScript); what Heard
 * asked it to say is in `window.__spoken`.
 */
export function stubSpeech(langs: string[]): void {
  const spoken: { text: string; lang: string }[] = [];
  class Utterance {
    lang = '';
    voice: unknown = null;
    onend: (() => void) | null = null;
    onerror: (() => void) | null = null;
    constructor(public text: string) {}
  }
  const synth = Object.assign(new EventTarget(), {
    getVoices: () => langs.map((lang) => ({ lang, name: lang, voiceURI: lang, localService: true, default: false })),
    speak: (u: Utterance) => spoken.push({ text: u.text, lang: u.lang }),
    cancel: () => undefined,
    pause: () => undefined,
    resume: () => undefined,
    speaking: false,
    pending: false,
    paused: false,
  });
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  Object.defineProperty(window, '__spoken', { value: spoken });
}
