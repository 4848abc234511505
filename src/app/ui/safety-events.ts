// Any screen can open the "I don't feel safe" help (e.g. the wall, when a post may be about harm).
export const SAFETY_HELP_EVENT = 'heard:safety-help';

/** `afterPost`: the young person has just sent words that may be about harm; the help says a person will read them. */
export function openSafetyHelp(reason: 'asked' | 'after-post' = 'asked'): void {
  window.dispatchEvent(new CustomEvent(SAFETY_HELP_EVENT, { detail: reason }));
}
