// Start-up as `npm run serve` runs it: migrates, seeds Demoshire in demo mode (once), prints how to join and sign
// in, serves the API on the port it was given, and stops cleanly on SIGTERM. HEARD_DEMO=0 starts with no demo data.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_JOIN_CODE, DEMO_STAFF } from '../../src/server/db/seed';

const TSX = path.resolve('node_modules/.bin/tsx');
const MAIN = path.resolve('src/server/main.ts');

interface Running {
  url: string;
  output: () => string;
  stop: () => Promise<number | null>;
}

function start(env: Record<string, string>): Promise<Running> {
  // Always the embedded SQLite in a temp dir, even where the suite's PostgreSQL is set in the environment.
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(TSX, [MAIN], {
    env: { ...inherited, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Heard did not start:\n${out}`)), 30_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Heard is running at (http:\/\/\S+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({
          url: match[1],
          output: () => out,
          stop: () => {
            child.kill('SIGTERM');
            return exited;
          },
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`Heard exited with ${String(code)}:\n${out}`));
    });
  });
}

describe('start-up', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'heard-main-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('in demo mode seeds Demoshire once, prints how to join and sign in, and stops on SIGTERM', async () => {
    for (let run = 0; run < 2; run += 1) {
      const heard = await start({ DATA_DIR: dir, HEARD_DEMO: '1', STATIC_DIR: path.join(dir, 'dist') });
      try {
        // The banner is printed after listen; give the rest of it a moment to arrive.
        await new Promise((r) => setTimeout(r, 200));
        expect(heard.output()).toContain(`Join code: ${DEMO_JOIN_CODE}`);
        expect(heard.output()).toContain(`${heard.url}/join/${DEMO_JOIN_CODE}`);
        for (const s of DEMO_STAFF) expect(heard.output()).toContain(s.password);
        expect(heard.output()).toMatch(/DEMO MODE.*never for a real council/s);
        const res = await fetch(`${heard.url}/api/v1/devices`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ joinCode: DEMO_JOIN_CODE }),
        });
        expect(res.status).toBe(201);
      } finally {
        expect(await heard.stop()).toBe(0);
      }
    }
  });

  it('with HEARD_DEMO=0 has no demo council and prints no demo passwords', async () => {
    const heard = await start({ DATA_DIR: dir, HEARD_DEMO: '0', STATIC_DIR: path.join(dir, 'dist') });
    try {
      await new Promise((r) => setTimeout(r, 200));
      expect(heard.output()).not.toContain('Join code');
      for (const s of DEMO_STAFF) expect(heard.output()).not.toContain(s.password);
      const res = await fetch(`${heard.url}/api/v1/devices`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ joinCode: DEMO_JOIN_CODE }),
      });
      expect(res.status).toBe(404);
    } finally {
      expect(await heard.stop()).toBe(0);
    }
  });
});
