// Entry point of the PWA: language first (so the first paint is in the young person's language), then the shell.
// Dexie is not in the first load: its chunk starts loading here, beside the locale files, while the language and
// whether this phone has joined are peeked straight from IndexedDB (storage/peek.ts).
// First: zod without `new Function`, before any module defines a schema (the CSP forbids eval).
import './zod-config';
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { noteDevSwitch } from './i18n/dev-switch';
import { initI18n, initialLanguage } from './i18n/i18n';
import { NAMESPACES } from './namespaces';
import { App } from './shell/app';
import { JoinScreen, joinFromLink, preloadHomeOffers } from './shell/areas';
import { forgetDraftsIfFled } from './storage/drafts';
import { loadDb } from './storage/load-db';
import { getMeta } from './storage/meta';
import { peekMeta, peekedMeta } from './storage/peek';
import { matchPath } from './ui/router';
import './styles/tokens.css';
import './styles/app.css';

// A deploy removed a lazy chunk this page still points at: reload once to get the new version.
window.addEventListener('vite:preloadError', () => {
  if (sessionStorage.getItem('heard:reloaded') === '1') return;
  sessionStorage.setItem('heard:reloaded', '1');
  window.location.reload();
});

async function start() {
  // Read while `?dev=1` is still in the address (the first navigation drops it).
  noteDevSwitch();
  // Heard's font is asked for now, not when the first screen is laid out: the screen is usually drawn in it at once
  // instead of in the fallback font first (whose wider letters wrap lines differently and move the screen on swap).
  void document.fonts?.load('1em "Atkinson Hyperlegible Next Variable"').catch(() => undefined);
  void loadDb().catch(() => undefined);
  // After a quick exit, unfinished words are gone before anything is drawn.
  await forgetDraftsIfFled().catch(() => undefined);
  const peeked = await peekMeta();
  // Where IndexedDB could not be read directly, ask Dexie (it may know why, and the screen waits for it anyway).
  const stored = peekedMeta() ? peeked.language : await getMeta<string>('language').catch(() => undefined);
  // A phone that has not joined draws the join screen first: its chunk comes beside the words, so it is drawn at once
  // (no fallback, no Suspense hold-back) and a join link's request leaves as it appears.
  const notJoined = peekedMeta() !== undefined && !peeked.device && !matchPath('/staff/*', window.location.pathname);
  const joinFirst = notJoined && JoinScreen ? JoinScreen.preload().catch(() => undefined) : undefined;
  // A join link's request leaves now, and home's chunks come while it is answered, so home follows it at once.
  const link = notJoined ? matchPath('/join/:code', window.location.pathname) : null;
  if (link?.code && joinFromLink) {
    joinFromLink.start(link.code);
    void preloadHomeOffers();
  }
  await Promise.all([initI18n(initialLanguage(stored ?? null), NAMESPACES), joinFirst]);
  // Joined while the words came: home is drawn first, at "/", with no join screen before it.
  if (link && joinFromLink?.takeJoined()) window.history.replaceState(null, '', '/');
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <Suspense fallback={null}>
        <App />
      </Suspense>
    </StrictMode>,
  );
}
void start();
