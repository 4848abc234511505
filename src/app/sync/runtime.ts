// Wires the sync engine to its triggers: a local write, coming online, the app becoming visible, a timer, and the
// service worker's Background Sync message. Screens read the status through useSyncStatus().
import { useSyncExternalStore } from 'react';
import { QUEUED_EVENT } from '../storage/events';
import type { createSyncEngine as CreateSyncEngine, SyncEngine, SyncStatus } from './engine';

type Create = typeof CreateSyncEngine;

const INTERVAL_MS = 60_000;
const AFTER_WRITE_MS = 300;
let status: SyncStatus = 'idle';
const listeners = new Set<() => void>();
let engine: Promise<SyncEngine> | null = null;

/**
 * Starts syncing once this phone has joined. The engine and the API client (with the zod contracts) load as their
 * own chunk after the first screen is up, so they do not weigh on the young person's first load.
 */
export function startSync(): void {
  if (engine) return;
  engine = Promise.all([import('../api/client'), import('./engine')]).then(([{ api }, { createSyncEngine }]) => wire(api, createSyncEngine));
}

function wire(api: Parameters<Create>[0]['api'], createSyncEngine: Create): SyncEngine {
  const e = createSyncEngine({
    api,
    onStatus: (s) => {
      status = s;
      listeners.forEach((l) => l());
    },
    onFirstDelivery: () => {
      void navigator.storage?.persist?.();
    },
  });
  let debounce: ReturnType<typeof setTimeout> | undefined;
  window.addEventListener(QUEUED_EVENT, () => {
    clearTimeout(debounce);
    debounce = setTimeout(() => void e.requestSync(), AFTER_WRITE_MS);
    void registerBackgroundSync();
  });
  window.addEventListener('online', () => void e.requestSync());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void e.requestSync();
  });
  setInterval(() => {
    if (document.visibilityState === 'visible') void e.requestSync();
  }, INTERVAL_MS);
  navigator.serviceWorker?.addEventListener('message', (m: MessageEvent) => {
    if (m.data === 'heard:sync') void e.requestSync();
  });
  void e.requestSync();
  return e;
}

/** Where the browser has Background Sync, ask it to wake the page's own outbox drain when a connection returns. */
async function registerBackgroundSync(): Promise<void> {
  try {
    const reg = (await navigator.serviceWorker?.ready) as
      (ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } }) | undefined;
    await reg?.sync?.register('heard-outbox');
  } catch {
    // Not supported or not allowed: the online/visibility/interval triggers still drain the outbox.
  }
}

export function useSyncStatus(): SyncStatus {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => status,
  );
}

export function syncNow(): Promise<void> {
  return engine ? engine.then((e) => e.requestSync()) : Promise.resolve();
}
