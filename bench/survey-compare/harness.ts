// What the survey benches share (survey-compare.ts, survey-ab.ts, survey-profile.ts): a static server for the built
// pages, and the moment the first question's words appear in a page.
import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import type { Page } from 'playwright-core';

const TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
};

/** Serves `dir` on a free port of 127.0.0.1 (nothing outside it). */
export function serveStatic(dir: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as { port: number }).port}` })),
  );
}

/** Before the page loads: note performance.now() when `first` (the first question's words) first shows. */
export async function watchFirstQuestion(page: Page, first: string): Promise<void> {
  await page.addInitScript((words: string) => {
    const w = window as unknown as { __firstQuestionAt?: number };
    new MutationObserver((_, observer) => {
      if (w.__firstQuestionAt === undefined && document.body?.textContent?.includes(words)) {
        w.__firstQuestionAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  }, first);
}

/**
 * Waits for the first question and answers when it showed (ms from navigation start). Checked every 50 ms, not every
 * frame, which would take the throttled main thread from the page being measured.
 */
export async function firstQuestionAt(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as unknown as { __firstQuestionAt?: number }).__firstQuestionAt !== undefined, undefined, {
    timeout: 60_000,
    polling: 50,
  });
  return page.evaluate(() => (window as unknown as { __firstQuestionAt: number }).__firstQuestionAt);
}
