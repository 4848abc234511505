// The cost of the flood defences, on embedded SQLite in one process (no HTTP): pushes of 20 wall posts with the
// hourly quotas on and off (two counter upserts per op), and building one page of the moderation queue (the safety
// check run again on every post) at 50 and 200 posts a page.
// Usage: npx tsx bench/flood.ts   (FLOOD_PUSHES to change the size)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { newId } from '../src/shared/ids';
import { PROTOCOL_VERSION } from '../src/shared/protocol';
import { buildApp } from '../src/server/app';
import { createDb } from '../src/server/db/connection';
import { migrateToLatest } from '../src/server/db/migrate';
import { DEMO_JOIN_CODE, seedDemo } from '../src/server/db/seed';
import { loadConfig } from '../src/server/lib/config';
import { QUOTAS } from '../src/server/sync/quota';

const PUSHES = Number(process.env.FLOOD_PUSHES ?? 100);
const BATCH = 20;

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'heard-flood-'));
  const config = loadConfig({ DATA_DIR: dir, HEARD_DEMO: '1', LOG_LEVEL: 'silent', STATIC_DIR: path.join(dir, 'none') });
  const db = createDb(config);
  await migrateToLatest(db);
  await seedDemo(db, new Date());
  const app = await buildApp({ db, config, now: () => new Date() }, { logger: false, rateLimits: false });
  const prompt = await db.selectFrom('wall_prompts').select('id').where('open', '=', 1).executeTakeFirstOrThrow();
  const tokens: string[] = [];
  for (let i = 0; i < PUSHES; i++) {
    const res = await app.inject({ method: 'POST', url: '/api/v1/devices', payload: { joinCode: DEMO_JOIN_CODE } });
    tokens.push(res.json<{ token: string }>().token);
  }
  const push = async (token: string) => {
    const ops = Array.from({ length: BATCH }, (_, i) => ({
      id: newId(),
      type: 'wall.post',
      payload: { promptId: prompt.id, text: `More days out together, number ${i}` },
      createdAt: new Date().toISOString(),
    }));
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      headers: { authorization: `Bearer ${token}` },
      payload: { protocol: PROTOCOL_VERSION, ops },
    });
    if (res.json<{ results: { status: string }[] }>().results.some((r) => r.status !== 'accepted')) throw new Error('a push was refused');
  };
  const run = async () => {
    await db.deleteFrom('op_quotas').execute();
    const started = performance.now();
    for (const token of tokens) await push(token);
    return (PUSHES * BATCH) / ((performance.now() - started) / 1000);
  };
  const saved = { ...QUOTAS };
  await run(); // warm-up
  const rates: Record<string, number[]> = { on: [], off: [] };
  for (let round = 0; round < 3; round++) {
    rates.on!.push(await run());
    for (const k of Object.keys(QUOTAS) as (keyof typeof QUOTAS)[]) delete QUOTAS[k];
    rates.off!.push(await run());
    Object.assign(QUOTAS, saved);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
  console.log(
    `push, ${PUSHES} pushes of ${BATCH} (one phone each): quotas on ${median(rates.on!).toFixed(0)} ops/s, off ${median(rates.off!).toFixed(0)} ops/s`,
  );

  const { loadPostPage } = await import('../src/server/features/wall/service/post-page');
  const council = await db.selectFrom('councils').select('id').where('join_code', '=', DEMO_JOIN_CODE).executeTakeFirstOrThrow();
  for (const pageSize of [50, 200]) {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      await loadPostPage(db, council.id, { status: 'pending', order: 'newest', page: 1, pageSize });
      times.push(performance.now() - started);
    }
    console.log(
      `moderation queue, one page of ${pageSize} of ${await countPending()} waiting: ${[...times].sort((a, b) => a - b)[2]!.toFixed(0)} ms (median of 5)`,
    );
  }
  async function countPending() {
    const row = await db
      .selectFrom('wall_posts')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('status', '=', 'pending')
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
  await app.close();
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
