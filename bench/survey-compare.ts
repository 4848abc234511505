// Heard's survey against SurveyJS (survey-core + survey-react-ui), side by side in one run: the same 46 questions
// (Heard's default 11–18 version), one question per page with a progress bar, each drawn by a page of its own built
// by Vite in production mode with the same React.
//
//   npx tsx bench/survey-compare.ts [--rounds 7] [--throttle 4]
//
// For each side:
// - bytes: the gzip -9 size of every script the page loads before the first question shows (the same build, served
//   from one local static server);
// - time to the first question: from navigation start to the first question's words in the page (a MutationObserver
//   records performance.now()), in real Chromium (`CHROMIUM_PATH`, default /usr/bin/chromium) at 360 × 780 with the
//   CPU slowed `--throttle` times through DevTools (Emulation.setCPUThrottlingRate), a fresh context (cold cache) each
//   time. Each round starts with the next side in turn; the figure is the median.
// The survey itself is JSON data both pages fetch (survey-11-18.json, 46 questions in English, Welsh and Arabic), as a
// phone gets it from its pull: it is in the time, not in the code bytes.
// A third page, the floor, is React alone fetching the same JSON and drawing the first question's words (no survey code,
// no words files, no styles): neither side can beat it. The page is checked for the first question every 50 ms (not
// every frame, which would take the throttled main thread from the page being measured).
// Prints both and their ratios (Heard ÷ SurveyJS), and the floor. A benchmark, not a test.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { DEFAULT_SURVEYS } from '../src/shared/survey/defaults/index';
import { firstQuestionAt, serveStatic, watchFirstQuestion } from './survey-compare/harness';
import { SURVEY_FILE } from './survey-compare/pages/the-survey';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HERE = path.resolve(import.meta.dirname, 'survey-compare');
const { values: args } = parseArgs({ options: { rounds: { type: 'string' }, throttle: { type: 'string' } } });
const rounds = Number(args.rounds ?? '7');
const throttle = Number(args.throttle ?? '4');
const SIDES = ['heard', 'surveyjs', 'react'] as const;
type Side = (typeof SIDES)[number];
const SURVEY = DEFAULT_SURVEYS.find((s) => s.band === '11-18');
if (!SURVEY || SURVEY.questions.length !== 46) throw new Error('the default 11–18 version should have 46 questions');
const FIRST = SURVEY.questions[0]!.text.en;

async function buildPages(outDir: string): Promise<void> {
  await build({
    root: HERE,
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    base: './',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2020',
      rollupOptions: { input: Object.fromEntries(SIDES.map((s) => [s, path.join(HERE, `${s}.html`)])) },
    },
  });
}

interface Measure {
  ms: number;
  gzipBytes: number;
}

async function measure(browser: Browser, origin: string, dir: string, side: Side): Promise<Measure> {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const scripts = new Set<string>();
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.add(new URL(r.url()).pathname);
  });
  await watchFirstQuestion(page, FIRST);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.goto(`${origin}/${side}.html`);
  const ms = await firstQuestionAt(page);
  await context.close();
  const sizes = [...scripts].map((p) => [p, gzipSync(readFileSync(path.join(dir, p)), { level: 9 }).length] as const);
  if (process.env.BENCH_VERBOSE) for (const [p, n] of sizes) console.log(`  ${side} ${p} ${(n / 1024).toFixed(1)} KB`);
  const gzipBytes = sizes.reduce((sum, [, n]) => sum + n, 0);
  return { ms, gzipBytes };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

const out = mkdtempSync(path.join(tmpdir(), 'heard-survey-compare-'));
try {
  await buildPages(out);
  writeFileSync(path.join(out, SURVEY_FILE), JSON.stringify(SURVEY));
  const { server, origin } = await serveStatic(out);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const results: Record<Side, Measure[]> = { heard: [], surveyjs: [], react: [] };
    // One warm-up each (the OS file cache, Chromium's first start), not counted.
    for (const side of SIDES) await measure(browser, origin, out, side);
    for (let i = 0; i < rounds; i += 1) {
      const order = SIDES.map((_, k) => SIDES[(i + k) % SIDES.length]!);
      for (const side of order) results[side].push(await measure(browser, origin, out, side));
    }
    const row = (side: Side) => ({ ms: median(results[side].map((r) => r.ms)), kb: results[side][0]!.gzipBytes / 1024 });
    const heard = row('heard');
    const surveyjs = row('surveyjs');
    const floor = row('react');
    console.log(`46 questions, ${rounds} rounds, CPU ${throttle}× slower, 360 px, cold cache`);
    console.log(`Heard:    ${heard.kb.toFixed(1)} KB gzip, first question at ${heard.ms.toFixed(0)} ms (median)`);
    console.log(`SurveyJS: ${surveyjs.kb.toFixed(1)} KB gzip, first question at ${surveyjs.ms.toFixed(0)} ms (median)`);
    console.log(`ratio (Heard ÷ SurveyJS): bytes ${(heard.kb / surveyjs.kb).toFixed(3)}×, time ${(heard.ms / surveyjs.ms).toFixed(3)}×`);
    console.log(
      `floor (React alone): ${floor.kb.toFixed(1)} KB gzip, first question at ${floor.ms.toFixed(0)} ms (median), ` +
        `${(floor.ms / surveyjs.ms).toFixed(3)}× SurveyJS; Heard's own part ${(heard.ms - floor.ms).toFixed(0)} ms, ` +
        `SurveyJS's ${(surveyjs.ms - floor.ms).toFixed(0)} ms`,
    );
    if (process.env.BENCH_VERBOSE)
      for (const side of SIDES) console.log(`  ${side} each round: ${results[side].map((r) => r.ms.toFixed(0)).join(', ')}`);
  } finally {
    await browser.close();
    server.close();
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
