// The developer switch: test-only choices (the pseudo-locale) are offered to developers and testers, never to a child by
// chance. Opening Heard once with `?dev=1` turns it on for this browser (it is kept in localStorage); `?dev=0` turns it
// off again.
const DEV_KEY = 'heard.dev';

type Place = Pick<Window, 'location' | 'localStorage'>;

const asked = (win: Place) => new URLSearchParams(win.location.search).get('dev');

/** Keeps what the address asks for (`?dev=1` on, `?dev=0` off). Called before the first screen, while the query is there. */
export function noteDevSwitch(win: Place = window): void {
  try {
    if (asked(win) === '1') win.localStorage.setItem(DEV_KEY, '1');
    if (asked(win) === '0') win.localStorage.removeItem(DEV_KEY);
  } catch {
    // Storage can be unavailable (private mode): the switch then holds only while `?dev=1` is in the address.
  }
}

/** Whether the developer switch is on: `?dev=1` in the address now, or kept from an earlier visit. */
export function devSwitchOn(win: Place = window): boolean {
  noteDevSwitch(win);
  if (asked(win) === '1') return true;
  try {
    return win.localStorage.getItem(DEV_KEY) === '1';
  } catch {
    return false;
  }
}
