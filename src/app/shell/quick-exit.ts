// Quick exit: blank the page at once and leave for a neutral site, leaving no Heard page on Back within the app.
// A child who fled the screen does not want their unfinished words shown when Heard is opened again: the drafts are
// forgotten (see storage/drafts.ts) — started here, finished before the next first paint if the page left too soon.
import { markFled } from '../my-items/data/drafts';

export const NEUTRAL_SITE = 'https://www.bbc.co.uk/weather';
const PRESSES = 3;
const WINDOW_MS = 1500;

export function quickExit(win: Window = window): void {
  win.document.body.classList.add('quick-exit');
  win.document.title = 'Weather';
  markFled(win);
  // Overwrite this entry so Back from the neutral site does not show the page the young person was on.
  win.history.replaceState(null, '', '/');
  win.location.replace(NEUTRAL_SITE);
}

/**
 * Calls `onExit` when Shift is pressed on its own three times within 1.5 seconds. A press counts only when Shift
 * goes down and up with no other key in between, so Shift+Tab (keyboard and switch users moving back) and capital
 * letters typed quickly ("I Want More") never throw anyone out. Returns a function that stops listening.
 */
export function listenForShiftThreeTimes(onExit: () => void, now: () => number = () => Date.now()): () => void {
  let presses: number[] = [];
  let shiftAlone = false;
  const onDown = (e: KeyboardEvent) => {
    if (e.key === 'Shift') {
      if (!e.repeat) shiftAlone = !e.ctrlKey && !e.altKey && !e.metaKey;
      return;
    }
    // Any other key while Shift is held (or between presses) spoils this press and the ones before it.
    shiftAlone = false;
    presses = [];
  };
  const onUp = (e: KeyboardEvent) => {
    if (e.key !== 'Shift' || !shiftAlone) return;
    shiftAlone = false;
    const t = now();
    presses = [...presses.filter((p) => t - p < WINDOW_MS), t];
    if (presses.length >= PRESSES) {
      presses = [];
      onExit();
    }
  };
  window.addEventListener('keydown', onDown, true);
  window.addEventListener('keyup', onUp, true);
  return () => {
    window.removeEventListener('keydown', onDown, true);
    window.removeEventListener('keyup', onUp, true);
  };
}
