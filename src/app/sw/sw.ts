/// <reference lib="webworker" />
// Service worker: precaches the app shell and every locale chunk, serves the shell for navigations, never touches
// /api. It never sends a young person's data itself: Background Sync only wakes the page's own outbox drain.
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

// The first install takes control of the open page at once, so it works offline without a second visit. Updates
// still wait for the young person (registerType 'prompt'): a waiting worker only activates on SKIP_WAITING.
clientsClaim();
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api\//] }));

self.addEventListener('message', (event) => {
  if (event.data && (event.data as { type?: string }).type === 'SKIP_WAITING') void self.skipWaiting();
});

interface SyncEvent extends ExtendableEvent {
  tag: string;
}
self.addEventListener('sync', (event) => {
  const e = event as SyncEvent;
  if (e.tag !== 'heard-outbox') return;
  e.waitUntil(
    self.clients.matchAll({ type: 'window' }).then((clients) => {
      for (const c of clients) c.postMessage('heard:sync');
    }),
  );
});
