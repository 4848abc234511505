// Screenshots of the young person's screens, for comparing two builds of Heard by eye (issue 9's before and after).
//
//   npx tsx bench/screenshots.ts --dist <built dir> --out <dir> [--root <checkout>]
//
// Starts the real server (demo council, fresh database) serving `--dist`, joins Demoshire as a young person, and saves
// <out>/<screen>-<lng>-<scheme>.png at 360×740 (what the phone shows without scrolling) for home, the wall, a prompt,
// the feed, "What happened to what I said", the polls and the "I don't feel safe" help, in English and Arabic, light
// and dark; then <out>/<screen>-<lng>-light-320-200pc.png at 320 px wide with the page's text at 200% (the whole page,
// so sideways scrolling shows as extra width). <out>/summary.json records each shot's scrollWidth and clientWidth.
// `--root` is the checkout whose server runs and whose locale files name the buttons (default: this one); pass the
// old commit's worktree to serve an old build with its own server. Screens are found by URL and by role and name
// (words from that checkout's locale files), so the script works on both sides of the redesign.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchBrowser, startServer } from '../test/e2e/harness';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: { dist: { type: 'string' }, out: { type: 'string' }, root: { type: 'string' }, only: { type: 'string' } },
});
if (!args.dist || !args.out) {
  console.error('usage: npx tsx bench/screenshots.ts --dist <built dir> --out <dir> [--root <checkout>] [--only en|ar]');
  process.exit(2);
}
const dist = path.resolve(args.dist);
const out = path.resolve(args.out);
const root = path.resolve(args.root ?? ROOT);
const LOCALES = { en: 'en-GB', ar: 'ar' } as const;
type Lng = keyof typeof LOCALES;
const SCHEMES = ['light', 'dark'] as const;

type Tree = { [key: string]: string | Tree };
function text(lng: string, key: string): string {
  const [ns, dotted] = key.split(':') as [string, string];
  let node: string | Tree | undefined = JSON.parse(readFileSync(path.join(root, 'locales', lng, `${ns}.json`), 'utf8')) as Tree;
  for (const part of dotted.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`no text for ${lng} ${key} in ${root}/locales`);
  return node;
}

/** Waits until the screen has its heading, nothing is loading, the fonts are in and the layout has settled. */
async function settle(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor({ timeout: 20_000 });
  await page.waitForFunction(() => !document.querySelector('.loading'), undefined, { timeout: 20_000 }).catch(() => {});
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForTimeout(400);
}

interface Screen {
  name: string;
  /** Brings the phone to the screen (it has joined). */
  open(page: Page, lng: Lng): Promise<void>;
}

async function goto(page: Page, origin: string, url: string): Promise<void> {
  await page.goto(`${origin}${url}`);
  await settle(page);
}

function screens(origin: string): Screen[] {
  return [
    { name: 'home', open: (page) => goto(page, origin, '/') },
    { name: 'wall', open: (page) => goto(page, origin, '/wall') },
    {
      name: 'prompt',
      async open(page, lng) {
        await goto(page, origin, '/wall');
        await page.locator('main a[href^="/wall/"]').first().click();
        await settle(page);
        // The privacy notice comes once, before the first write box: read it and tap "I understand".
        const ok = page.getByRole('button', { name: text(lng, 'privacy:notice.ok') });
        if (await ok.count()) {
          await ok.first().click();
          await page.getByLabel(text(lng, 'wall:write.label')).waitFor();
        }
        await settle(page);
      },
    },
    { name: 'feed', open: (page) => goto(page, origin, '/feed') },
    { name: 'mine', open: (page) => goto(page, origin, '/feed/mine') },
    { name: 'polls', open: (page) => goto(page, origin, '/feed/names') },
    {
      name: 'help',
      async open(page, lng) {
        await goto(page, origin, '/');
        await page
          .getByRole('button', { name: text(lng, 'safety:button') })
          .first()
          .click();
        await page.getByRole('dialog').waitFor();
        await page.waitForTimeout(400);
      },
    },
  ];
}

/** One post on the wall, so "What happened to what I said" has something to show. */
async function postOnce(page: Page, origin: string, lng: Lng): Promise<void> {
  await screens(origin)[2]!.open(page, lng);
  const words = lng === 'ar' ? 'نريد وقتاً أطول مع إخوتنا' : 'More time with my brothers and sisters';
  await page.getByLabel(text(lng, 'wall:write.label')).fill(words);
  await page.getByRole('button', { name: text(lng, 'wall:write.send'), exact: true }).click();
  await page.getByText(words).first().waitFor();
  await page.waitForTimeout(1500); // sent to the server on the next sync
}

interface Shot {
  file: string;
  scrollWidth: number;
  clientWidth: number;
}

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true });
  const server = await startServer({ staticDir: dist, root });
  const browser = await launchBrowser();
  const shots: Shot[] = [];
  const foreign: string[] = [];
  try {
    for (const lng of Object.keys(LOCALES) as Lng[]) {
      if (args.only && args.only !== lng) continue;
      const context = await browser.newContext({
        viewport: { width: 360, height: 740 },
        deviceScaleFactor: 1,
        locale: LOCALES[lng],
        reducedMotion: 'reduce',
        serviceWorkers: 'block',
      });
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(server.origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
        foreign.push(url);
        return route.abort();
      });
      const page = await context.newPage();
      const shoot = async (file: string, fullPage: boolean) => {
        const widths = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }));
        // The young person's screen scrolls in its own box between the header and the tab bar: for a whole-page
        // picture the box is let out to its full height (builds without the box are unchanged).
        const letOut = (on: boolean) => {
          const app = document.querySelector<HTMLElement>('.app');
          const box = document.querySelector<HTMLElement>('.app-scroll');
          if (app && box) app.style.blockSize = on ? 'auto' : '';
          if (box) box.style.overflow = on ? 'visible' : '';
        };
        if (fullPage) await page.evaluate(letOut, true);
        try {
          await page.screenshot({ path: path.join(out, file), fullPage });
        } finally {
          if (fullPage) await page.evaluate(letOut, false);
        }
        shots.push({ file, ...widths });
        console.log(`${file}  scrollWidth ${widths.scrollWidth} / clientWidth ${widths.clientWidth}`);
      };

      await page.goto(`${server.origin}/join/DEMOSHIRE`);
      await page.getByRole('heading', { level: 1, name: text(lng, 'common:home.title') }).waitFor({ timeout: 30_000 });
      await postOnce(page, server.origin, lng);

      for (const screen of screens(server.origin)) {
        await page.emulateMedia({ colorScheme: 'light' });
        await screen.open(page, lng);
        for (const scheme of SCHEMES) {
          await page.emulateMedia({ colorScheme: scheme });
          await page.waitForTimeout(200);
          await shoot(`${screen.name}-${lng}-${scheme}.png`, false);
        }
      }

      // 320 px wide, text at 200% (as a young person with large text would have it), whole page.
      await page.setViewportSize({ width: 320, height: 740 });
      await page.emulateMedia({ colorScheme: 'light' });
      for (const screen of screens(server.origin)) {
        await screen.open(page, lng);
        await page.evaluate(() => {
          document.documentElement.style.fontSize = '200%';
        });
        await page.waitForTimeout(400);
        await shoot(`${screen.name}-${lng}-light-320-200pc.png`, true);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  writeFileSync(path.join(out, 'summary.json'), `${JSON.stringify({ dist, root, shots, foreignRequests: foreign }, null, 1)}\n`);
  const sideways = shots.filter((s) => s.scrollWidth > s.clientWidth + 1);
  console.log(`\n${shots.length} screenshots in ${out}; ${sideways.length} scroll sideways; ${foreign.length} third-party requests blocked.`);
  for (const s of sideways) console.log(`  sideways: ${s.file} (${s.scrollWidth} > ${s.clientWidth})`);
}

await main();
