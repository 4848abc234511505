import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Op, OpResult, PullResponse, PushResponse } from '../../shared/protocol';
import { ApiError, type SyncApi } from '../api/client';
import { db } from '../storage/db';
import { setMeta } from '../storage/meta';
import { queueOp, writeWithOp } from '../storage/outbox';
import { createSyncEngine } from './engine';

/** An in-memory server that is idempotent by op id, like the real one. */
function fakeServer() {
  const applied = new Map<string, OpResult>();
  let failNext: ApiError | null = null;
  let failAfterApply = false;
  const api: SyncApi = {
    async push(_token, ops: Op[]): Promise<PushResponse> {
      if (failNext) {
        const e = failNext;
        failNext = null;
        throw e;
      }
      const results = ops.map((op): OpResult => {
        const first = applied.get(op.id);
        if (first) return { ...first, status: first.status === 'rejected' ? 'rejected' : 'duplicate' };
        const r: OpResult =
          (op.payload as { text?: string }).text === 'bad'
            ? { id: op.id, status: 'rejected', code: 'closed', message: 'This wall is closed.' }
            : { id: op.id, status: 'accepted' };
        applied.set(op.id, r);
        return r;
      });
      if (failAfterApply) {
        failAfterApply = false;
        throw new ApiError('server', 'internal', 'lost answer');
      }
      return { results };
    },
    async pull(_token, since): Promise<PullResponse> {
      return { cursor: String(Number(since) + 1), changes: {}, more: false };
    },
  };
  return {
    api,
    applied,
    failOnce: (e: ApiError) => (failNext = e),
    loseNextAnswer: () => (failAfterApply = true),
  };
}

async function post(id: string, text = 'Yes more days out') {
  await writeWithOp([db.myItems], async () => {
    await db.myItems.add({
      id,
      kind: 'wall-post',
      text,
      parentId: 'p1',
      createdAt: new Date().toISOString(),
      delivery: 'not-sent',
      state: null,
      reason: null,
      themeIds: [],
      feedItemIds: [],
      updatedAt: new Date().toISOString(),
      seenAt: null,
    });
    await queueOp(id, 'wall.post', { promptId: 'p1', text });
  });
}

const timers: Array<() => void> = [];
const engineDeps = (api: SyncApi) => ({
  api,
  random: () => 0.5,
  setTimer: (fn: () => void) => timers.push(fn),
  clearTimer: () => undefined,
});

beforeEach(async () => {
  await db.delete();
  await db.open();
  await setMeta('device', { deviceId: 'd', token: 't', councilId: 'c', joinedAt: '' });
  timers.length = 0;
});
afterEach(() => db.close());

describe('sync engine', () => {
  it('delivers queued ops once and moves the cursor', async () => {
    const server = fakeServer();
    await post('00000000-0000-4000-8000-000000000001');
    const engine = createSyncEngine(engineDeps(server.api));
    await engine.requestSync();
    expect(await db.outbox.count()).toBe(0);
    expect((await db.myItems.get('00000000-0000-4000-8000-000000000001'))?.delivery).toBe('delivered');
    expect((await db.meta.get('cursor'))?.value).toBe('1');
    expect(server.applied.size).toBe(1);
  });

  it('keeps a rejected op visible with its reason', async () => {
    const server = fakeServer();
    await post('00000000-0000-4000-8000-000000000002', 'bad');
    await createSyncEngine(engineDeps(server.api)).requestSync();
    const row = await db.outbox.where('id').equals('00000000-0000-4000-8000-000000000002').first();
    expect(row?.state).toBe('rejected');
    expect(row?.message).toBe('This wall is closed.');
    expect((await db.myItems.get('00000000-0000-4000-8000-000000000002'))?.delivery).toBe('rejected');
  });

  it('retries after a network error with backoff, and a lost answer is not applied twice', async () => {
    const server = fakeServer();
    await post('00000000-0000-4000-8000-000000000003');
    const engine = createSyncEngine(engineDeps(server.api));
    server.failOnce(new ApiError('network', 'network', 'offline'));
    await engine.requestSync();
    expect(engine.status).toBe('offline');
    expect(await db.outbox.count()).toBe(1);
    expect(timers).toHaveLength(1);
    server.loseNextAnswer();
    await engine.requestSync();
    expect(await db.outbox.count()).toBe(1);
    await engine.requestSync();
    expect(await db.outbox.count()).toBe(0);
    expect(server.applied.size).toBe(1);
  });

  it('runs one sync at a time and one more when asked during a sync', async () => {
    const server = fakeServer();
    let pushes = 0;
    const api: SyncApi = { ...server.api, push: (t, ops) => (pushes++, server.api.push(t, ops)) };
    await post('00000000-0000-4000-8000-000000000004');
    const engine = createSyncEngine(engineDeps(api));
    const a = engine.requestSync();
    const b = engine.requestSync();
    const c = engine.requestSync();
    await Promise.all([a, b, c]);
    expect(pushes).toBe(1);
    expect(server.applied.size).toBe(1);
  });

  it('never rejects when the database closes under a sync (another tab upgrading it), and tries again later', async () => {
    const server = fakeServer();
    await post('00000000-0000-4000-8000-000000000006');
    db.close();
    const engine = createSyncEngine(engineDeps(server.api));
    await expect(engine.requestSync()).resolves.toBeUndefined();
    expect(engine.status).toBe('waiting');
    expect(timers).toHaveLength(1);
    await db.open();
    timers[0]?.();
    await engine.requestSync();
    expect(server.applied.size).toBe(1);
    expect(await db.outbox.count()).toBe(0);
  });

  it('stops when the device is unknown to the server', async () => {
    const server = fakeServer();
    await post('00000000-0000-4000-8000-000000000005');
    server.failOnce(new ApiError('unauthorized', 'unauthorized', 'who?'));
    const engine = createSyncEngine(engineDeps(server.api));
    await engine.requestSync();
    expect(engine.status).toBe('unjoined');
    expect(await db.outbox.count()).toBe(1);
  });
});
