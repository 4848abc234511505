// Where Heard's survey page spends its time before the first question: a Chromium trace of bench/survey-compare's
// pages at 4× CPU, printed as a timeline of the main thread's tasks and the network requests.
//   npx tsx bench/survey-profile.ts [--side heard] [--runs 3] [--throttle 4] [--out /tmp/trace]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { DEFAULT_SURVEYS } from '../src/shared/survey/defaults/index';
import { firstQuestionAt, serveStatic, watchFirstQuestion } from './survey-compare/harness';
import { SURVEY_FILE } from './survey-compare/pages/the-survey';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HERE = path.resolve(import.meta.dirname, 'survey-compare');
const { values: args } = parseArgs({
  options: { side: { type: 'string' }, runs: { type: 'string' }, throttle: { type: 'string' }, out: { type: 'string' }, dist: { type: 'string' } },
});
const side = args.side ?? 'heard';
const runs = Number(args.runs ?? '3');
const throttle = Number(args.throttle ?? '4');
const SURVEY = DEFAULT_SURVEYS.find((s) => s.band === '11-18')!;
const FIRST = SURVEY.questions[0]!.text.en;

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, unknown>; frame?: string; name?: string; [k: string]: unknown };
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Self time by function and by script before the first question, and inclusive time of the heaviest frames. */
function summarise(profile: CpuProfile, firstMs: number): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const byUrl = new Map<string, number>();
  const incl = new Map<string, number>();
  // Every sample of the load (the profile stops soon after the first question).
  for (let i = 0; i < profile.samples.length; i += 1) {
    const node = byId.get(profile.samples[i]!)!;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const f = node.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    const url = f.url.split('/').pop() || f.functionName;
    byUrl.set(url, (byUrl.get(url) ?? 0) + dt);
    const seen = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const cf = byId.get(id)!.callFrame;
      const k = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}:${cf.columnNumber}`;
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + dt);
    }
  }
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  console.log(`  cpu profile (whole load, first question at ${firstMs.toFixed(0)} ms), self ms by script:`);
  for (const [k, v] of top(byUrl, 10)) console.log(`    ${v.toFixed(0).padStart(5)} ${k}`);
  console.log('  self ms by function:');
  for (const [k, v] of top(self, 25)) console.log(`    ${v.toFixed(0).padStart(5)} ${k}`);
  console.log('  inclusive ms by function:');
  for (const [k, v] of top(incl, 40)) console.log(`    ${v.toFixed(0).padStart(5)} ${k}`);
}

function perTask(profile: CpuProfile, tasks: TraceEvent[], t0: number, firstTs: number): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const times: number[] = [];
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i += 1) {
    t += profile.timeDeltas[i]!;
    times.push(t);
  }
  const name = (id: number) => {
    const f = byId.get(id)!.callFrame;
    return `${f.functionName || '(anon)'}@${f.url.split('/').pop()}:${f.lineNumber}`;
  };
  for (const task of tasks) {
    if (task.ts > firstTs + 20_000) break;
    const entry = new Map<string, number>();
    const selfs = new Map<string, number>();
    let n = 0;
    for (let i = 0; i < times.length; i += 1) {
      if (times[i]! < task.ts || times[i]! > task.ts + task.dur!) continue;
      n += 1;
      const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      const chain: number[] = [];
      for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parent.get(id)) chain.unshift(id);
      // chain[0] is (root); chain[1] the entry frame; take the first 3 JS frames below the root as the "entry".
      const e = chain.slice(1, 4).map(name).join(' > ');
      entry.set(e, (entry.get(e) ?? 0) + dt);
      const s = name(profile.samples[i]!);
      selfs.set(s, (selfs.get(s) ?? 0) + dt);
    }
    if (!n) continue;
    const top = (m: Map<string, number>, k: number) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, k)
        .map(([x, v]) => `${v.toFixed(0)} ${x}`);
    console.log(`  task ${((task.ts - t0) / 1000).toFixed(0).padStart(5)} +${(task.dur! / 1000).toFixed(0).padStart(4)} ms`);
    for (const l of top(entry, 4)) console.log(`      in  ${l}`);
    for (const l of top(selfs, 4)) console.log(`      self ${l}`);
  }
}

const out = args.dist ?? mkdtempSync(path.join(tmpdir(), 'heard-survey-profile-'));
try {
  if (!args.dist) {
    await build({
      root: HERE,
      configFile: false,
      logLevel: 'warn',
      plugins: [react()],
      base: './',
      build: {
        outDir: out,
        emptyOutDir: true,
        target: 'es2020',
        minify: !process.env.NO_MINIFY,
        rollupOptions: { input: { [side]: path.join(HERE, `${side}.html`) } },
      },
    });
    writeFileSync(path.join(out, SURVEY_FILE), JSON.stringify(SURVEY));
  }
  const { server, origin } = await serveStatic(out);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    for (let run = 0; run <= runs; run += 1) {
      const context = await browser.newContext({ viewport: { width: 360, height: 780 }, deviceScaleFactor: 1 });
      const page = await context.newPage();
      await watchFirstQuestion(page, FIRST);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      const events: TraceEvent[] = [];
      cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
      const finished = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.start', {
        categories:
          'devtools.timeline,disabled-by-default-devtools.timeline,v8,v8.execute,blink.user_timing,loading,netlog,disabled-by-default-v8.compile',
        transferMode: 'ReportEvents',
      });
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
      await page.goto(`${origin}/${side}.html`);
      const first = await firstQuestionAt(page);
      const timing = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const res = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({
          name: r.name.split('/').pop(),
          start: r.startTime,
          end: r.responseEnd,
        }));
        return { dcl: nav.domContentLoadedEventEnd, res };
      });
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
      await cdp.send('Tracing.end');
      await finished;
      await context.close();
      if (run === 0) continue; // warm-up
      if (args.out) writeFileSync(`${args.out}-${run}.json`, JSON.stringify({ traceEvents: events }));
      // The page's renderer main thread: the thread with the most top-level RunTask on the page's pid that ran EvaluateScript.
      const navStart = events.find(
        (e) => e.name === 'navigationStart' && e.args?.data && (e.args.data as { isLoadingMainFrame?: boolean }).isLoadingMainFrame,
      );
      const evalEv = events.find((e) => e.name === 'EvaluateScript');
      if (!navStart || !evalEv) {
        console.log('no navigationStart or EvaluateScript in the trace');
        continue;
      }
      const pid = evalEv.pid;
      const tid = evalEv.tid;
      const t0 = navStart.ts;
      const ms = (ts: number) => ((ts - t0) / 1000).toFixed(0).padStart(5);
      const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined);
      const firstTs = t0 + first * 1000;
      console.log(`\n=== run ${run}: first question at ${first.toFixed(0)} ms, DOMContentLoaded ${timing.dcl.toFixed(0)} ms`);
      for (const r of timing.res) console.log(`  fetch ${r.name?.padEnd(34)} ${r.start.toFixed(0).padStart(5)} → ${r.end.toFixed(0).padStart(5)} ms`);
      const tasks = main.filter((e) => e.name === 'RunTask' && e.ts < firstTs + 50_000);
      for (const task of tasks) {
        const d = task.dur! / 1000;
        if (d < 4) continue;
        const inner = main
          .filter((e) => e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur! && e.name !== 'RunTask' && e.dur! / 1000 >= 2)
          .filter((e) =>
            [
              'EvaluateScript',
              'v8.compile',
              'v8.compileModule',
              'v8.evaluateModule',
              'FunctionCall',
              'TimerFire',
              'EventDispatch',
              'UpdateLayoutTree',
              'Layout',
              'Paint',
              'ParseHTML',
              'ParseAuthorStyleSheet',
              'v8.parseOnBackground',
              'V8.CompileCode',
              'V8.ScriptCompiler',
              'FireAnimationFrame',
              'XHRReadyStateChange',
              'ResourceReceivedData',
              'RunMicrotasks',
              'v8.run',
              'PrePaint',
              'Commit',
              'HitTest',
              'MajorGC',
              'MinorGC',
              'V8.GC_SCAVENGER',
              'ScheduleStyleRecalculation',
            ].includes(e.name),
          )
          .map((e) => {
            const d2 = e.args?.data as { url?: string; functionName?: string; elementCount?: number; fileName?: string } | undefined;
            const what =
              d2?.url?.split('/').pop() ?? d2?.functionName ?? d2?.fileName?.split('/').pop() ?? (d2?.elementCount ? `${d2.elementCount} el` : '');
            return `${e.name}${what ? `(${what})` : ''} ${(e.dur! / 1000).toFixed(0)}`;
          });
        console.log(
          `  task ${ms(task.ts)} +${d.toFixed(0).padStart(4)} ms ${task.ts > firstTs ? '(after first q) ' : ''}${[...new Set(inner)].slice(0, 12).join(', ')}`,
        );
      }
      const before = tasks.filter((t) => t.ts < firstTs);
      console.log(
        `  main-thread tasks before first question: ${before.reduce((s, t) => s + t.dur! / 1000, 0).toFixed(0)} ms (of ${first.toFixed(0)} ms)`,
      );
      // Totals by kind before the first question.
      const kinds = new Map<string, number>();
      for (const e of main) {
        if (e.ts > firstTs) continue;
        if (
          [
            'EvaluateScript',
            'v8.compile',
            'v8.compileModule',
            'v8.evaluateModule',
            'FunctionCall',
            'UpdateLayoutTree',
            'Layout',
            'Paint',
            'ParseHTML',
            'ParseAuthorStyleSheet',
            'RunMicrotasks',
            'MinorGC',
            'MajorGC',
            'PrePaint',
          ].includes(e.name)
        )
          kinds.set(e.name, (kinds.get(e.name) ?? 0) + e.dur! / 1000);
      }
      summarise(profile, first);
      perTask(
        profile,
        tasks.filter((t) => t.dur! / 1000 >= 4),
        t0,
        firstTs,
      );
      console.log(`  totals: ${[...kinds].map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
} finally {
  if (!args.dist) rmSync(out, { recursive: true, force: true });
}
