// The bytes of a new phone's first pull (`GET /api/v1/sync/pull?since=0`, Demoshire's demo data) over real HTTP on
// loopback, with each Accept-Encoding a phone may send: what API compression saves on a first visit.
//
//   npx tsx bench/pull-bytes.ts
//
// To measure another commit, copy this file into its checkout (with a link to node_modules) and run it there.
import { mkdtempSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp } from '../src/server/app';
import { createDb } from '../src/server/db/connection';
import { migrateToLatest } from '../src/server/db/migrate';
import { seedDemo } from '../src/server/db/seed';
import { loadConfig } from '../src/server/lib/config';

const dir = mkdtempSync(path.join(tmpdir(), 'heard-pull-bytes-'));
const db = createDb({ sqlitePath: path.join(dir, 'heard.sqlite') });
await migrateToLatest(db);
await seedDemo(db, new Date());
const config = loadConfig({ DATA_DIR: dir, HEARD_DEMO: '0', LOG_LEVEL: 'silent', STATIC_DIR: path.join(dir, 'no-build') });
const app = await buildApp({ db, config, now: () => new Date() }, { background: false });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const joined = await fetch(`${origin}/api/v1/devices`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ joinCode: 'DEMOSHIRE' }),
});
const { token } = (await joined.json()) as { token: string };

/** Bytes of the body as sent (not decoded), and its Content-Encoding. */
function firstPull(acceptEncoding: string): Promise<{ bytes: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    get(`${origin}/api/v1/sync/pull?since=0`, { headers: { authorization: `Bearer ${token}`, 'accept-encoding': acceptEncoding } }, (res) => {
      let bytes = 0;
      res.on('data', (d: Buffer) => (bytes += d.length));
      res.on('end', () => resolve({ bytes, encoding: String(res.headers['content-encoding'] ?? 'none') }));
    }).on('error', reject);
  });
}

console.log('| Accept-Encoding | body bytes on the wire | Content-Encoding |\n|---|---|---|');
for (const asked of ['identity', 'gzip', 'br', 'gzip, deflate, br']) {
  const { bytes, encoding } = await firstPull(asked);
  console.log(`| ${asked} | ${bytes.toLocaleString('en-GB')} | ${encoding} |`);
}
await app.close();
await db.destroy();
rmSync(dir, { recursive: true, force: true });
