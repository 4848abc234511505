// Quick exit: blank the page at once and leave for a neutral site, leaving no Heard page on Back within the app.
export const NEUTRAL_SITE = 'https://www.bbc.co.uk/weather';
const PRESSES = 3;
const WINDOW_MS = 1500;

export function quickExit(win: Window = window): void {
  win.document.body.classList.add('quick-exit');
  win.document.title = 'Weather';
  // Overwrite this entry so Back from the neutral site does not show the page the young person was on.
  win.history.replaceState(null, '', '/');
  win.location.replace(NEUTRAL_SITE);
}

/** Calls `onExit` when Shift is pressed three times within 1.5 seconds. Returns a function that stops listening. */
export function listenForShiftThreeTimes(onExit: () => void, now: () => number = () => Date.now()): () => void {
  let presses: number[] = [];
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Shift' || e.repeat) return;
    const t = now();
    presses = [...presses.filter((p) => t - p < WINDOW_MS), t];
    if (presses.length >= PRESSES) {
      presses = [];
      onExit();
    }
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
