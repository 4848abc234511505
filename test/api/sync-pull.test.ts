// Pull returns what changed after a cursor, for the device's own council (and its own items only), in pages;
// a pull after the cursor returns nothing, however often. Runs on SQLite and PostgreSQL.
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { newId } from '../../src/shared/ids';
import type { MyItem } from '../../src/shared/my-items';
import { recordChanges } from '../../src/server/sync/change-log';
import { PULL_PAGE_SIZE } from '../../src/server/sync/pull';
import { pullSources } from '../../src/server/sync/registry';
import type { PullSources } from '../../src/server/sync/types';
import { describeOnDatabases, expectErrorBody, type ApiEnv, type Device } from '../fixtures/api-harness';

// A pull source of the engine's own for these tests: the device's "items" are the ids in a list the test controls.
const live = new Set<string>();
const saved: PullSources = { ...pullSources };
beforeAll(() => {
  pullSources.myItems = (_db, _scope, ids) =>
    Promise.resolve(
      ids
        .filter((id) => live.has(id))
        .map((id): MyItem => ({
          id,
          kind: 'wall-post',
          state: 'delivered',
          reason: null,
          themeIds: [],
          feedItemIds: [],
          updatedAt: '2026-03-02T10:00:00.000Z',
        })),
    );
});
afterAll(() => {
  for (const key of Object.keys(pullSources) as (keyof PullSources)[]) delete pullSources[key];
  Object.assign(pullSources, saved);
});

describeOnDatabases('sync pull', (harness) => {
  let env: ApiEnv;
  let council: Awaited<ReturnType<ApiEnv['createCouncil']>>;
  let device: Device;

  const logItem = (id: string, deviceId: string | null = device.deviceId, councilId = council.id) =>
    env.db.transaction().execute((trx) => recordChanges(trx, [{ councilId, collection: 'myItems', entityId: id, deviceId }]));

  beforeEach(async () => {
    env = harness();
    council = await env.createCouncil({ name: 'Pullshire', districts: ['Havant', 'New Forest'], outOfHoursPhone: '01632 960 999' });
    device = await env.registerDevice(council.joinCode);
  });

  it('gives a new device its council on the first pull, then nothing after the cursor, twice', async () => {
    const first = await env.pullOk(device.token, '0');
    expect(first.changes.council).toEqual([
      {
        id: council.id,
        name: 'Pullshire',
        districts: council.districts,
        outOfHoursPhone: '01632 960 999',
        vocabulary: {},
        languages: ['en', 'cy', 'ar'],
        safeguardingHours: null,
        nation: 'england',
        safetyTerms: [],
      },
    ]);
    expect(first.cursor).toMatch(/^[1-9]\d*$/);
    expect(first.more).toBe(false);
    for (let i = 0; i < 2; i += 1) {
      const again = await env.pullOk(device.token, first.cursor);
      expect(again).toEqual({ cursor: first.cursor, changes: {}, more: false });
    }
  });

  it('returns a change once, dedupes ids and sends tombstones for what the device may no longer see', async () => {
    const { cursor } = await env.pullOk(device.token);
    const kept = newId();
    const gone = newId();
    live.add(kept);
    await logItem(kept);
    await logItem(kept);
    await logItem(gone);
    const next = await env.pullOk(device.token, cursor);
    expect(next.changes.myItems).toEqual([expect.objectContaining({ id: kept, state: 'delivered' }), { id: gone, deleted: true }]);
    expect(BigInt(next.cursor)).toBeGreaterThan(BigInt(cursor));
    expect(await env.pullOk(device.token, next.cursor)).toEqual({ cursor: next.cursor, changes: {}, more: false });
    expect(await env.pullOk(device.token, next.cursor)).toEqual({ cursor: next.cursor, changes: {}, more: false });
  });

  it("keeps councils apart, and a device's own items from other devices", async () => {
    const neighbour = await env.registerDevice(council.joinCode);
    const other = await env.createCouncil({ name: 'Elsewhere' });
    const stranger = await env.registerDevice(other.joinCode);
    const mine = newId();
    const shared = newId();
    const theirs = newId();
    for (const id of [mine, shared, theirs]) live.add(id);
    await logItem(mine, device.deviceId);
    await logItem(shared, null);
    await logItem(theirs, stranger.deviceId, other.id);

    const ids = async (d: Device) => ((await env.pullOk(d.token)).changes.myItems ?? []).map((r) => r.id).sort();
    expect(await ids(device)).toEqual([mine, shared].sort());
    expect(await ids(neighbour)).toEqual([shared]);
    expect(await ids(stranger)).toEqual([theirs]);
    const strangerFirst = await env.pullOk(stranger.token);
    expect(strangerFirst.changes.council?.map((c) => c.id)).toEqual([other.id]);
  });

  it('pages: at most the page size per pull, with more=true until the end', async () => {
    const { cursor: start } = await env.pullOk(device.token);
    const total = PULL_PAGE_SIZE + 20;
    await env.db.transaction().execute((trx) =>
      recordChanges(
        trx,
        Array.from({ length: total }, () => ({ councilId: council.id, collection: 'myItems' as const, entityId: newId(), deviceId: null })),
      ),
    );
    const page1 = await env.pullOk(device.token, start);
    expect(page1.more).toBe(true);
    expect(page1.changes.myItems).toHaveLength(PULL_PAGE_SIZE);
    const page2 = await env.pullOk(device.token, page1.cursor);
    expect(page2.more).toBe(false);
    expect(page2.changes.myItems).toHaveLength(20);
    const seen = new Set([...(page1.changes.myItems ?? []), ...(page2.changes.myItems ?? [])].map((r) => r.id));
    expect(seen.size).toBe(total);
  });

  it("starts again from 0 for a cursor past the council's last change (not this council's, or from before per-council numbering)", async () => {
    const first = await env.pullOk(device.token, '0');
    for (const since of ['999999999', '9223372036854775807', '9999999999999999999']) {
      expect(await env.pullOk(device.token, since)).toEqual(first);
    }
  });

  it('answers bad cursors and bad tokens with 4xx { code, message }', async () => {
    for (const since of ['-1', 'abc', '1.5', '1e3', '12345678901234567890', '']) {
      expectErrorBody(await env.pull(device.token, since), 400, 'invalid-input');
    }
    expectErrorBody(await env.app.inject({ method: 'GET', url: '/api/v1/sync/pull?since=0' }), 401, 'unauthorized');
    expectErrorBody(await env.pull('forged-token-forged-token-forged', '0'), 401, 'unauthorized');
  });

  it('without since starts from the beginning', async () => {
    const res = await env.app.inject({ method: 'GET', url: '/api/v1/sync/pull', headers: { authorization: device.authorization } });
    expect(res.statusCode).toBe(200);
    expect(res.json<{ changes: { council?: unknown[] } }>().changes.council).toHaveLength(1);
  });
});
