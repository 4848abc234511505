// Each screen's heading does two jobs when the screen changes: it takes focus (so a screen reader says where you are
// and the keyboard starts from the top of the new screen, not from a link that is gone) and it names the browser tab
// ("The wall – Heard"), in the chosen language. Used by the young person's shell and by the staff area.
import { useEffect, useRef, type RefObject } from 'react';

export interface ScreenHeadingProps {
  /** The element the screens render into (<main>). */
  main: RefObject<HTMLElement | null>;
  /** The address: a new one is a new screen. */
  path: string;
  /** Follows the heading in the tab's name ("Heard"). */
  appName: string;
  /** Whether the very first screen takes focus too (the staff area) or leaves it at the top of the page (the phone). */
  focusFirstScreen: boolean;
}

/** How long a new screen's heading is waited for (its chunk or its data may arrive after the address changes). */
const WAIT_FOR_HEADING_MS = 5000;

/**
 * Renders nothing. Waits for the first <h1> in `main` after each change of `path`, focuses it once (unless something
 * in `main` already has focus, or a dialog took it) and keeps the tab's name in step with the heading's words while the
 * screen is open (they change with the language, or when a screen's data arrives).
 */
export function ScreenHeading({ main, path, appName, focusFirstScreen }: ScreenHeadingProps) {
  const firstScreen = useRef(true);
  useEffect(() => {
    const root = main.current;
    if (!root) return;
    const moveFocus = focusFirstScreen || !firstScreen.current;
    firstScreen.current = false;
    let focused = !moveFocus;
    const update = () => {
      const h1 = root.querySelector('h1');
      const words = h1?.textContent?.replace(/\s+/g, ' ').trim();
      const title = words ? `${words} – ${appName}` : appName;
      if (document.title !== title) document.title = title;
      if (!h1 || focused) return;
      focused = true;
      const active = document.activeElement;
      if (active && active !== document.body && (root.contains(active) || active.closest('dialog[open]'))) return;
      if (!h1.hasAttribute('tabindex')) h1.setAttribute('tabindex', '-1');
      h1.focus();
    };
    update();
    const watch = new MutationObserver(update);
    watch.observe(root, { childList: true, subtree: true, characterData: true });
    const stopWaiting = window.setTimeout(() => (focused = true), WAIT_FOR_HEADING_MS);
    return () => {
      watch.disconnect();
      window.clearTimeout(stopWaiting);
    };
  }, [main, path, appName, focusFirstScreen]);
  return null;
}
