// `npm run backup` while Heard runs: pushes go on during the copy (SQLite's online backup API), the copy passes its
// integrity check, and a Heard started on the restored copy has every op that was answered "accepted" before the
// backup began — pushed again, each answers "duplicate" (stored once, nothing lost) — and the phones' rows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/shared/ids';
import { PROTOCOL_VERSION } from '../../src/shared/protocol';
import { buildApp } from '../../src/server/app';
import { backupSqlite, runBackup } from '../../src/server/cli/backup';
import { createDb } from '../../src/server/db/connection';
import { migrateToLatest } from '../../src/server/db/migrate';
import { DEMO_JOIN_CODE, seedDemo } from '../../src/server/db/seed';
import { loadConfig } from '../../src/server/lib/config';

const dir = mkdtempSync(path.join(tmpdir(), 'heard-backup-'));
const env = { DATA_DIR: dir, HEARD_DEMO: '1', LOG_LEVEL: 'silent' };
const config = loadConfig(env);
const db = createDb(config);
let app: Awaited<ReturnType<typeof buildApp>>;
const tokens: string[] = [];
let promptId = '';

const batch = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: newId(),
    type: 'wall.post',
    payload: { promptId, text: `More days out, ${i}` },
    createdAt: new Date().toISOString(),
  }));

async function push(token: string, ops: ReturnType<typeof batch>): Promise<string[]> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/sync/push',
    headers: { authorization: `Bearer ${token}` },
    payload: { protocol: PROTOCOL_VERSION, ops },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ results: { status: string }[] }>().results.map((r) => r.status);
}

beforeAll(async () => {
  await migrateToLatest(db);
  await seedDemo(db, new Date());
  app = await buildApp({ db, config, now: () => new Date() }, { logger: false, rateLimits: false });
  for (let i = 0; i < 6; i++) {
    const res = await app.inject({ method: 'POST', url: '/api/v1/devices', payload: { joinCode: DEMO_JOIN_CODE } });
    tokens.push(res.json<{ token: string }>().token);
  }
  promptId = (await db.selectFrom('wall_prompts').select('id').where('open', '=', 1).executeTakeFirstOrThrow()).id;
}, 60_000);

afterAll(async () => {
  await app?.close();
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

describe('backup and restore of the embedded database', () => {
  it('copies a running Heard and loses nothing that was accepted before the copy began', async () => {
    const before: ReturnType<typeof batch>[] = [];
    for (const token of tokens.slice(0, 3)) {
      const ops = batch(20);
      expect(await push(token, ops)).toEqual(ops.map(() => 'accepted'));
      before.push(ops);
    }
    const to = path.join(dir, 'copy', 'heard.sqlite');
    // Pushes carry on while the copy is made.
    const during = Promise.all(tokens.slice(3).map((token) => push(token, batch(20))));
    const [{ pages }] = await Promise.all([backupSqlite(config.sqlitePath, to), during]);
    expect(pages).toBeGreaterThan(10);

    const restoredConfig = loadConfig({ ...env, DATA_DIR: path.dirname(to) });
    expect(restoredConfig.sqlitePath).toBe(to);
    const restoredDb = createDb(restoredConfig);
    const restored = await buildApp({ db: restoredDb, config: restoredConfig, now: () => new Date() }, { logger: false, rateLimits: false });
    try {
      for (const [i, ops] of before.entries()) {
        const res = await restored.inject({
          method: 'POST',
          url: '/api/v1/sync/push',
          headers: { authorization: `Bearer ${tokens[i]!}` },
          payload: { protocol: PROTOCOL_VERSION, ops },
        });
        expect(res.statusCode, res.body).toBe(200);
        expect(res.json<{ results: { status: string }[] }>().results.map((r) => r.status)).toEqual(ops.map(() => 'duplicate'));
      }
      const ids = before.flat().map((op) => op.id);
      const stored = await restoredDb.selectFrom('ops').select('id').where('id', 'in', ids).execute();
      expect(stored).toHaveLength(ids.length);
    } finally {
      await restored.close();
      await restoredDb.destroy();
    }
  }, 120_000);

  it('never writes over a file, and sends PostgreSQL users to pg_dump', async () => {
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
    const to = path.join(dir, 'twice.sqlite');
    expect(await runBackup(['--to', to], env, io)).toBe(0);
    expect(lines.at(-1)).toMatch(/integrity check ok/);
    expect(await runBackup(['--to', to], env, io)).toBe(1);
    expect(lines.at(-1)).toMatch(/already exists/);
    expect(await runBackup([], { ...env, DATABASE_URL: 'postgres://heard@localhost/heard' }, io)).toBe(2);
    expect(lines.at(-1)).toMatch(/pg_dump/);
  }, 60_000);
});
