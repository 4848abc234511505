// Wires the sync engine to its triggers: a local write, coming online, the app becoming visible, a timer, and the
// service worker's Background Sync message. Screens read the status through useSyncStatus().
import { useSyncExternalStore } from 'react';
import { api } from '../api/client';
import { QUEUED_EVENT } from '../storage/outbox';
import { createSyncEngine, type SyncEngine, type SyncStatus } from '../sync/engine';

const INTERVAL_MS = 60_000;
const AFTER_WRITE_MS = 300;
let status: SyncStatus = 'idle';
const listeners = new Set<() => void>();
let engine: SyncEngine | null = null;

export function startSync(): SyncEngine {
  if (engine) return engine;
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
  engine = e;
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
      | (ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } })
      | undefined;
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
  return engine?.requestSync() ?? Promise.resolve();
}
