// The local offer's offline search at 200 items: the index's size (bytes of JSON.stringify(index)), the time to build
// it, and the time from a keystroke to results, typing "setting up hom" and "allowences" one letter at a time (each
// letter one search, as the search box does). Measured in node and in Chromium at 360 px with the CPU slowed 4×
// (CDP Emulation.setCPUThrottlingRate), the phone profile the local offer issue names. Not a test: nothing fails.
//
//   npx tsx bench/offer-search.ts            (CHROMIUM_PATH to choose the browser; node only when there is none)
import { existsSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import type { OfferItem } from '../src/shared/offer';
import { offerItemInputSchema } from '../src/shared/offer-staff';
import { DEMO_OFFER } from '../src/server/features/offer/demo-offer';
import { buildOfferIndex } from '../src/app/features/offer/model/offer-index';

const ROOT = path.resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const COUNT = 200;
const QUERIES = ['setting up hom', 'allowences'];
/** Words put in front of the copies' titles and summaries, so 200 items are not 5 copies of the same words. */
const VARY = ['Extra', 'Local', 'Winter', 'Summer', 'Quick', 'Young', 'Family', 'City', 'Rural', 'Weekend', 'Student', 'Starter'];

function items(): OfferItem[] {
  const base = DEMO_OFFER.map(({ id, input }) => {
    const f = offerItemInputSchema.parse(input);
    return { id, ...f, version: 1, publishedAt: '2026-12-01T10:00:00.000Z', changeNote: null } as OfferItem & { checkBy?: string; owner?: string };
  });
  const out: OfferItem[] = [];
  for (let i = 0; out.length < COUNT; i++) {
    const b = base[i % base.length]!;
    const copy = Math.floor(i / base.length);
    const word = copy === 0 ? '' : `${VARY[(i + copy) % VARY.length]} `;
    const { checkBy: _c, owner: _o, ...item } = b;
    out.push({
      ...item,
      id: copy === 0 ? b.id : `${b.id}-${copy}`,
      title: { ...b.title, en: `${word}${b.title.en}` },
      summary: { ...b.summary, en: `${word}${b.summary.en}` },
    });
  }
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const ms = (x: number) => `${x.toFixed(2)} ms`;

interface Result {
  bytes: number;
  buildMs: number;
  keystrokes: number[];
  topHits: string[];
}

/** Runs in node and, bundled, in the page: builds the index then types each query letter by letter. */
function measure(list: OfferItem[], language: string, make: typeof buildOfferIndex, queries: string[]): Result {
  const t0 = performance.now();
  const index = make(list, language);
  const buildMs = performance.now() - t0;
  const bytes = JSON.stringify(index).length;
  const keystrokes: number[] = [];
  const topHits: string[] = [];
  for (let round = 0; round < 5; round++) {
    for (const q of queries) {
      for (let n = 1; n <= q.length; n++) {
        const t = performance.now();
        const ids = index.search(q.slice(0, n));
        keystrokes.push(performance.now() - t);
        if (round === 0 && n === q.length) topHits.push(ids[0] ?? '(none)');
      }
    }
  }
  return { bytes, buildMs, keystrokes, topHits };
}

function report(where: string, r: Result, queries = QUERIES) {
  console.log(
    `${where}: index ${(r.bytes / 1024).toFixed(1)} KiB (JSON), built in ${ms(r.buildMs)}; keystroke → results median ${ms(median(r.keystrokes))}, ` +
      `worst ${ms(Math.max(...r.keystrokes))} over ${r.keystrokes.length}; top hit for ${queries.map((q) => `"${q}"`).join(', ')}: ${r.topHits.join(', ')}`,
  );
}

async function inChromium(list: OfferItem[]): Promise<Result> {
  const bundle = await build({
    stdin: {
      contents: `import { buildOfferIndex } from './src/app/features/offer/model/offer-index'; window.buildOfferIndex = buildOfferIndex;`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
    target: 'es2022',
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 360, height: 780 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.setContent('<!doctype html><title>offer search</title>');
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const measureSource = `(${measure.toString()})`;
    return await page.evaluate(
      ({ list, queries, source }) => {
        const run = (0, eval)(source) as typeof measure;
        return run(list, 'en', (window as unknown as { buildOfferIndex: typeof buildOfferIndex }).buildOfferIndex, queries);
      },
      { list, queries: QUERIES, source: measureSource },
    );
  } finally {
    await browser.close();
  }
}

const list = items();
console.log(`${list.length} items (Demoshire's ${DEMO_OFFER.length}, copied with varied words)`);
const OTHER: Record<string, string[]> = { cy: ['cartref', 'lwfans'], ar: ['منزل', 'المنحة'] };
for (const lng of ['en', 'cy', 'ar']) {
  const queries = OTHER[lng] ?? QUERIES;
  report(`node, ${lng}`, measure(list, lng, buildOfferIndex, queries), queries);
}
if (existsSync(CHROMIUM)) report('Chromium 360 px, CPU 4× slower, en', await inChromium(list));
else console.log(`Chromium not found at ${CHROMIUM}: node figures only.`);
