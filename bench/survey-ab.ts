// Heard's survey page from two trees side by side (e.g. main and a change), with the floor (React alone), interleaved
// round by round in one run, so a change is judged against the same noise. Time to the first question as in
// bench/survey-compare.ts (4× CPU, 360 px, fresh context each time); median and each round. Beside it, the main
// thread's CPU time up to then (DevTools' Performance metrics in thread ticks: TaskDuration, and ScriptDuration of it),
// which other work on a busy machine stretches far less than the wall-clock time.
//   SURVEY_TREES=old=/path/to/main,new=. npx tsx bench/survey-ab.ts [--rounds 15]
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
const { values: args } = parseArgs({ options: { rounds: { type: 'string' }, throttle: { type: 'string' } } });
const rounds = Number(args.rounds ?? '15');
const throttle = Number(args.throttle ?? '4');
const SURVEY = DEFAULT_SURVEYS.find((s) => s.band === '11-18')!;
const FIRST = SURVEY.questions[0]!.text.en;
const trees = (process.env.SURVEY_TREES ?? '')
  .split(',')
  .filter(Boolean)
  .map((kv) => {
    const [name, dir] = kv.split('=') as [string, string];
    return { name, dir: path.resolve(dir) };
  });
if (trees.length === 0) throw new Error('SURVEY_TREES=old=<tree>,new=<tree>');

interface Measure {
  ms: number;
  kb: number;
  /** Main-thread CPU ms spent in tasks, and in script, by the time the first question was seen. */
  taskMs: number;
  scriptMs: number;
}

async function measure(browser: Browser, url: string, dir: string): Promise<Measure> {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const scripts = new Set<string>();
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.add(new URL(r.url()).pathname);
  });
  await watchFirstQuestion(page, FIRST);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url);
  const ms = await firstQuestionAt(page);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
  await context.close();
  const kb = [...scripts].reduce((s, p) => s + gzipSync(readFileSync(path.join(dir, p)), { level: 9 }).length, 0) / 1024;
  return { ms, kb, taskMs: metric('TaskDuration'), scriptMs: metric('ScriptDuration') };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const root = mkdtempSync(path.join(tmpdir(), 'heard-survey-ab-'));
try {
  const sides: { name: string; dir: string; page: string }[] = [];
  for (const t of trees) {
    const outDir = path.join(root, t.name);
    await build({
      root: path.join(t.dir, 'bench/survey-compare'),
      configFile: false,
      logLevel: 'error',
      plugins: [react()],
      base: './',
      build: {
        outDir,
        emptyOutDir: true,
        target: 'es2020',
        rollupOptions: { input: { heard: path.join(t.dir, 'bench/survey-compare/heard.html') } },
      },
    });
    writeFileSync(path.join(outDir, SURVEY_FILE), JSON.stringify(SURVEY));
    sides.push({ name: t.name, dir: outDir, page: 'heard.html' });
  }
  const floorDir = path.join(root, 'floor');
  const here = path.resolve(import.meta.dirname, 'survey-compare');
  await build({
    root: here,
    configFile: false,
    logLevel: 'error',
    plugins: [react()],
    base: './',
    build: { outDir: floorDir, emptyOutDir: true, target: 'es2020', rollupOptions: { input: { react: path.join(here, 'react.html') } } },
  });
  writeFileSync(path.join(floorDir, SURVEY_FILE), JSON.stringify(SURVEY));
  sides.push({ name: 'floor', dir: floorDir, page: 'react.html' });
  const servers = await Promise.all(sides.map((s) => serveStatic(s.dir)));
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const results = sides.map(() => [] as number[]);
    const tasks = sides.map(() => [] as number[]);
    const script = sides.map(() => [] as number[]);
    const kb = sides.map(() => 0);
    for (let k = 0; k < sides.length; k += 1) await measure(browser, `${servers[k]!.origin}/${sides[k]!.page}`, sides[k]!.dir);
    for (let i = 0; i < rounds; i += 1) {
      for (let j = 0; j < sides.length; j += 1) {
        const k = (i + j) % sides.length;
        const r = await measure(browser, `${servers[k]!.origin}/${sides[k]!.page}`, sides[k]!.dir);
        results[k]!.push(r.ms);
        tasks[k]!.push(r.taskMs);
        script[k]!.push(r.scriptMs);
        kb[k] = r.kb;
      }
    }
    const floor = median(results[sides.length - 1]!);
    for (let k = 0; k < sides.length; k += 1) {
      const m = median(results[k]!);
      console.log(
        `${sides[k]!.name.padEnd(6)} ${kb[k]!.toFixed(1)} KB gzip, first question ${m.toFixed(0)} ms median, own part ${(m - floor).toFixed(0)} ms; rounds ${results[k]!.map((x) => x.toFixed(0)).join(', ')}`,
      );
    }
    for (let k = 0; k < sides.length; k += 1) {
      console.log(
        `${sides[k]!.name.padEnd(6)} main-thread CPU to the first question: tasks ${median(tasks[k]!).toFixed(0)} ms median (script ${median(script[k]!).toFixed(0)} ms); rounds ${tasks[k]!.map((x) => x.toFixed(0)).join(', ')}`,
      );
    }
    // Paired: each round's difference from the first tree.
    for (let k = 1; k < sides.length - 1; k += 1) {
      const d = results[k]!.map((x, i) => x - results[0]![i]!);
      console.log(`${sides[k]!.name} − ${sides[0]!.name}, per round: median ${median(d).toFixed(0)} ms (${d.map((x) => x.toFixed(0)).join(', ')})`);
      const c = tasks[k]!.map((x, i) => x - tasks[0]![i]!);
      console.log(
        `${sides[k]!.name} − ${sides[0]!.name}, main-thread CPU per round: median ${median(c).toFixed(0)} ms (${c.map((x) => x.toFixed(0)).join(', ')})`,
      );
    }
  } finally {
    await browser.close();
    for (const s of servers) s.server.close();
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
