// Quick exit: blank the page at once and leave for a neutral site, leaving no Heard page on Back within the app.
// A child who fled the screen does not want their unfinished words shown when Heard is opened again: the drafts are
// forgotten (see storage/drafts.ts) — started here, finished before the next first paint if the page left too soon.
import { markFled } from '../my-items/data/drafts';

export const NEUTRAL_SITE = 'https://www.bbc.co.uk/weather';
/** The second Escape must come within this long of the first. */
const WINDOW_MS = 1000;

export function quickExit(win: Window = window): void {
  win.document.body.classList.add('quick-exit');
  win.document.title = 'Weather';
  markFled(win);
  // Overwrite this entry so Back from the neutral site does not show the page the young person was on.
  win.history.replaceState(null, '', '/');
  win.location.replace(NEUTRAL_SITE);
}

/**
 * Calls `onExit` when Escape is pressed twice within a second. Escape, not Shift: Shift is held for Shift+Tab
 * (keyboard and switch users moving back) and for capital letters, so counting it threw people out who were only
 * moving or typing; Escape on its own never types anything. A press counts only with no Ctrl, Alt, Meta or Shift
 * held, a key held down (auto-repeat) is one press, and any other key between the two starts the count again.
 * Listens on the window in the capture phase, before anything on the page can stop the event, so it works while a
 * modal <dialog> is open: the first Escape may close the dialog (its default is left alone), the second still exits.
 * Returns a function that stops listening.
 */
export function listenForQuickExitKeys(onExit: () => void, now: () => number = () => Date.now()): () => void {
  let last: number | null = null;
  const onDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && e.repeat) return;
    // Escape that ends an input method's composition (Japanese, Chinese…) belongs to the typing, not to a press.
    const bare = e.key === 'Escape' && !e.isComposing && !e.ctrlKey && !e.altKey && !e.metaKey && !e.shiftKey;
    if (!bare) {
      last = null;
      return;
    }
    const t = now();
    if (last !== null && t - last <= WINDOW_MS) {
      last = null;
      onExit();
      return;
    }
    last = t;
  };
  window.addEventListener('keydown', onDown, true);
  return () => window.removeEventListener('keydown', onDown, true);
}
