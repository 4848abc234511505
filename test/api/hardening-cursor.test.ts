// The pull cursor counts a device's own council's changes only (per-council numbers), on SQLite and PostgreSQL:
// activity in another council never moves it; concurrent writers never let a pull skip a change; and a cursor a
// phone got before per-council numbering still means exactly what it saw.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Migrator, type MigrationProvider } from 'kysely/migration';
import type { Kysely } from 'kysely';
import { expect, it } from 'vitest';
import { newId } from '../../src/shared/ids';
import { createDb } from '../../src/server/db/connection';
import { migrateToLatest } from '../../src/server/db/migrate';
import { migrations } from '../../src/server/db/migrations/index';
import type { Database } from '../../src/server/db/schema';
import { recordChanges } from '../../src/server/sync/change-log';
import { pullChanges } from '../../src/server/sync/pull';
import type { PullSources } from '../../src/server/sync/types';
import { describeOnDatabases, type ApiEnv } from '../fixtures/api-harness';

/** A pull source that returns every id asked for: the tests look at which ids a pull carries, not at rows. */
const everything: PullSources = { myItems: (_db, _scope, ids) => Promise.resolve(ids.map((id) => ({ id }))) };

async function pullAll(db: Kysely<Database>, device: { councilId: string; deviceId: string }, since: string) {
  const seen: string[] = [];
  let cursor = since;
  for (;;) {
    const page = await pullChanges(db, device, cursor, everything, 50);
    seen.push(...(page.changes.myItems ?? []).map((r) => r.id));
    cursor = page.cursor;
    if (!page.more) return { seen, cursor };
  }
}

describeOnDatabases('hardening: per-council cursors', (harness) => {
  const log = (env: ApiEnv, councilId: string, ids: string[]) =>
    env.db.transaction().execute((trx) =>
      recordChanges(
        trx,
        ids.map((id) => ({ councilId, collection: 'myItems' as const, entityId: id })),
      ),
    );

  it("does not move a device's cursor for activity in another council, and counts its own council one by one", async () => {
    const env = harness();
    const a = await env.createCouncil({ name: 'Ashire' });
    const b = await env.createCouncil({ name: 'Bshire' });
    const phone = await env.registerDevice(a.joinCode);
    const start = await env.pullOk(phone.token);
    // A busy neighbour: its numbers are its own.
    await log(
      env,
      b.id,
      Array.from({ length: 40 }, () => newId()),
    );
    const after = await env.pullOk(phone.token, start.cursor);
    expect(after).toEqual({ cursor: start.cursor, changes: {}, more: false });
    // One change here moves the cursor by exactly one.
    await log(env, a.id, [newId()]);
    const next = await env.pullOk(phone.token, start.cursor);
    expect(BigInt(next.cursor)).toBe(BigInt(start.cursor) + 1n);
    // And the neighbour's own phone sees its council's numbers, unrelated to Ashire's.
    const neighbour = await env.registerDevice(b.joinCode);
    const theirs = await env.pullOk(neighbour.token);
    expect(BigInt(theirs.cursor)).toBeGreaterThanOrEqual(40n);
  });

  it('never lets a pull skip a change while many writers commit at once', async () => {
    const env = harness();
    const council = await env.createCouncil({ name: 'Busyshire' });
    const device = { councilId: council.id, deviceId: newId() };
    const ids = Array.from({ length: 60 }, () => newId());
    let writing = true;
    const seen = new Set<string>();
    let cursor = '0';
    const reader = (async () => {
      while (writing) {
        const got = await pullAll(env.db, device, cursor);
        for (const id of got.seen) seen.add(id);
        cursor = got.cursor;
      }
      const last = await pullAll(env.db, device, cursor);
      for (const id of last.seen) seen.add(id);
    })();
    // Each writer holds its transaction open a little after taking its number, so later numbers wait for earlier
    // ones (PostgreSQL) — the case where a reader could otherwise see number n+1 before n and move past n.
    await Promise.all(
      ids.map((id, i) =>
        env.db.transaction().execute(async (trx) => {
          await recordChanges(trx, [{ councilId: council.id, collection: 'myItems', entityId: id }]);
          await new Promise((resolve) => setTimeout(resolve, (i * 7) % 23));
        }),
      ),
    );
    writing = false;
    await reader;
    expect([...seen].filter((id) => ids.includes(id)).sort()).toEqual([...ids].sort());
    // Numbers are the council's own, with no gaps and no repeats.
    const numbers = (await env.db.selectFrom('change_log').select('council_seq').where('council_id', '=', council.id).execute())
      .map((r) => Number(r.council_seq))
      .sort((x, y) => x - y);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });
});

it('keeps a cursor from before per-council numbering meaning what the phone saw (SQLite, migration 005)', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'heard-cursor-'));
  const db = createDb({ sqlitePath: path.join(dir, 'heard.sqlite') });
  try {
    const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };
    const migrator = new Migrator({ db: db as Kysely<unknown>, provider });
    const done = await migrator.migrateTo('004-safeguarding');
    expect(done.error).toBeUndefined();
    // Two councils' changes interleaved in the one old sequence.
    const at = '2026-03-02T10:00:00.000Z';
    for (const id of ['A', 'B']) {
      await (db as Kysely<unknown>)
        .insertInto('councils' as never)
        .values({ id, name: id, join_code: `CODE${id}`, settings: '{}', created_at: at } as never)
        .execute();
    }
    const order = ['A', 'B', 'B', 'A', 'B', 'A', 'A', 'B'];
    for (const [i, councilId] of order.entries()) {
      await (db as Kysely<unknown>)
        .insertInto('change_log' as never)
        .values({ council_id: councilId, collection: 'myItems', entity_id: `old-${i}`, device_id: null } as never)
        .execute();
    }
    // A phone of council A pulled up to its second change (old seq 4) before the upgrade.
    const oldCursor = '4';
    await migrateToLatest(db);
    const phone = { councilId: 'A', deviceId: 'phone' };
    const before = await pullAll(db, phone, oldCursor);
    expect(before.seen).toEqual(['old-5', 'old-6']);
    await db.transaction().execute((trx) => recordChanges(trx, [{ councilId: 'A', collection: 'myItems', entityId: 'new-1' }]));
    const after = await pullAll(db, phone, before.cursor);
    expect(after.seen).toEqual(['new-1']);
    // Council B's new numbers continue its own, so its phones' old cursors stay good too.
    await db.transaction().execute((trx) => recordChanges(trx, [{ councilId: 'B', collection: 'myItems', entityId: 'new-b' }]));
    expect((await pullAll(db, { councilId: 'B', deviceId: 'p' }, '5')).seen).toEqual(['old-7', 'new-b']);
  } finally {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
});
