// A tiny history-based router: the young person's bundle stays small, and routes are plain data.
import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

const NAVIGATE_EVENT = 'heard:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}
const currentPath = () => window.location.pathname;

/**
 * Moves to another screen by replacing the history entry, never adding one: Heard keeps a single entry in the
 * browser's history, so after a quick exit (which replaces that entry with a neutral site) Back shows nothing of
 * Heard. Screens carry their own "back" links instead.
 */
export function navigate(path: string): void {
  window.history.replaceState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, currentPath, () => '/');
}

/** Matches "/wall/:promptId" against a path; returns the params or null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const got = path.split('/').filter(Boolean);
  const rest = want[want.length - 1] === '*';
  if (rest ? got.length < want.length - 1 : got.length !== want.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] as string;
    if (w === '*') break;
    const g = got[i];
    if (g === undefined) return null;
    if (w.startsWith(':')) {
      const value = decoded(g);
      if (value === null) return null;
      params[w.slice(1)] = value;
    } else if (w !== g) return null;
  }
  return params;
}

/** A path segment's text; null for a broken escape ("/join/%E0"), which then matches no route instead of throwing. */
function decoded(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** The params of the route the shell matched, e.g. { promptId } on /wall/:promptId. */
export function useRoute(pattern: string): Record<string, string> | null {
  return matchPath(pattern, usePath());
}

export function Link({ href, onClick, children, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const handle = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(href);
  };
  return (
    <a href={href} onClick={handle} {...rest}>
      {children}
    </a>
  );
}
