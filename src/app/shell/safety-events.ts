// Any screen can open the "I don't feel safe" help (e.g. the wall, when a post may be about harm).
export const SAFETY_HELP_EVENT = 'heard:safety-help';

export function openSafetyHelp(): void {
  window.dispatchEvent(new Event(SAFETY_HELP_EVENT));
}
