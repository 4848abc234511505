// Drains the outbox and pulls changes. One sync at a time; a request during a sync schedules exactly one more.
// Never awaits the network inside a Dexie transaction: reads, then fetch, then one write transaction.
import type { Op } from '../../shared/protocol';
import { ApiError, type SyncApi } from '../api/client';
import { applyPull, applyPushResults } from '../storage/apply-pull';
import { db } from '../storage/db';
import { getDevice, getMeta, setMeta } from '../storage/meta';
import { backoffDelay } from './backoff';

export const PUSH_BATCH = 20;
export type SyncStatus = 'idle' | 'syncing' | 'waiting' | 'offline' | 'unjoined' | 'needs-update';

export interface SyncEngineDeps {
  api: SyncApi;
  random?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (t: unknown) => void;
  onStatus?: (s: SyncStatus) => void;
  /** Called once after the first op is delivered (to ask the browser to keep Heard's storage). */
  onFirstDelivery?: () => void;
}

export interface SyncEngine {
  /** Runs a sync now, or once more after the running one. Resolves when that sync has finished. */
  requestSync(): Promise<void>;
  readonly status: SyncStatus;
  stop(): void;
}

export function createSyncEngine(deps: SyncEngineDeps): SyncEngine {
  const random = deps.random ?? Math.random;
  const setTimer = deps.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = deps.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
  let running: Promise<void> | null = null;
  let again = false;
  let failures = 0;
  let retryTimer: unknown = null;
  let stopped = false;
  let status: SyncStatus = 'idle';
  const setStatus = (s: SyncStatus) => {
    status = s;
    deps.onStatus?.(s);
  };

  async function pushAll(token: string): Promise<void> {
    for (;;) {
      const rows = await db.outbox.where('state').equals('queued').sortBy('seq');
      const batch = rows.slice(0, PUSH_BATCH);
      if (batch.length === 0) return;
      const ops: Op[] = batch.map((r) => ({ id: r.id, type: r.type, payload: r.payload, createdAt: r.createdAt }));
      const res = await deps.api.push(token, ops);
      await applyPushResults(res.results);
      if (res.results.some((r) => r.status !== 'rejected') && !(await getMeta<boolean>('persistRequested'))) {
        await setMeta('persistRequested', true);
        deps.onFirstDelivery?.();
      }
      if (batch.length < PUSH_BATCH) return;
    }
  }

  async function pullAll(token: string): Promise<void> {
    for (;;) {
      const since = (await getMeta<string>('cursor')) ?? '0';
      const res = await deps.api.pull(token, since);
      await applyPull(res.changes, res.cursor);
      if (!res.more) return;
    }
  }

  /** Never throws: a failure (the network, the server, or the database closing under it) ends in a status and a retry. */
  async function once(): Promise<void> {
    try {
      const device = await getDevice();
      if (!device) return setStatus('unjoined');
      setStatus('syncing');
      await pushAll(device.token);
      await pullAll(device.token);
      failures = 0;
      await setMeta('lastSyncAt', new Date().toISOString());
      await setMeta('lastSyncError', null);
      setStatus('idle');
    } catch (e) {
      if (e instanceof ApiError && e.kind === 'unauthorized') return setStatus('unjoined');
      if (e instanceof ApiError && e.code === 'protocol-mismatch') return setStatus('needs-update');
      failures++;
      await setMeta('lastSyncError', e instanceof ApiError ? e.code : 'unknown').catch(() => undefined);
      const delay = Math.max(e instanceof ApiError && e.retryAfterMs ? e.retryAfterMs : 0, backoffDelay(failures, random));
      setStatus(e instanceof ApiError && e.kind === 'network' ? 'offline' : 'waiting');
      if (!stopped) {
        if (retryTimer) clearTimer(retryTimer);
        retryTimer = setTimer(() => {
          retryTimer = null;
          void requestSync();
        }, delay);
      }
    }
  }

  function requestSync(): Promise<void> {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await once();
      } while (again && !stopped);
    })().finally(() => {
      running = null;
    });
    return running;
  }

  return {
    requestSync,
    get status() {
      return status;
    },
    stop() {
      stopped = true;
      if (retryTimer) clearTimer(retryTimer);
    },
  };
}
