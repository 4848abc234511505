// An empty screen that still feels looked after: a small drawing (decorative, in the theme's colours, so it works in
// dark mode too) above a kind sentence and what to do next. The drawings are Heard's own inline SVG.
import type { ReactNode } from 'react';
import './empty-state.css';

export type EmptyArt = 'wall' | 'feed' | 'mine' | 'polls';

/** Shapes only: every colour comes from a class, and the classes from the theme's tokens. */
const ART: Record<EmptyArt, ReactNode> = {
  // A brick wall with a blank sticky note waiting for words.
  wall: (
    <>
      <rect className="es-soft" x="8" y="20" width="104" height="64" rx="6" />
      <path className="es-line" d="M8 41h104M8 63h104M36 20v21M76 20v21M20 41v22M56 41v22M96 41v22M36 63v21M76 63v21" />
      <g transform="rotate(-6 62 50)">
        <rect className="es-note" x="40" y="30" width="42" height="40" rx="3" />
        <path className="es-ink" d="M48 44h26M48 53h18" />
      </g>
      <path className="es-accent" d="M90 14l4 8 8 2-8 3-4 8-3-8-8-3 8-2z" />
    </>
  ),
  // A megaphone saying something: the council's answers will come here.
  feed: (
    <>
      <circle className="es-soft" cx="60" cy="52" r="38" />
      <path className="es-brand" d="M30 46h12l34-16v44L42 58H30z" />
      <rect className="es-brand" x="40" y="58" width="10" height="18" rx="3" />
      <path className="es-ink-thick" d="M86 40c5 4 5 20 0 24M93 33c9 8 9 30 0 38" />
    </>
  ),
  // A paper plane on its way, with its dotted path.
  mine: (
    <>
      <circle className="es-soft" cx="60" cy="52" r="38" />
      <path className="es-dots" d="M18 86c14-4 22-14 30-26" />
      <path className="es-brand" d="M40 58l60-30-22 52-12-16z" />
      <path className="es-note" d="M66 64l34-36-30 42z" />
    </>
  ),
  // A ballot box with a card going in.
  polls: (
    <>
      <circle className="es-soft" cx="60" cy="52" r="38" />
      <rect className="es-note" x="46" y="18" width="28" height="34" rx="3" transform="rotate(6 60 35)" />
      <path className="es-ink-thick" d="M52 34l6 6 10-12" />
      <rect className="es-brand" x="30" y="48" width="60" height="36" rx="5" />
      <path className="es-line-strong" d="M44 56h32" />
    </>
  ),
};

export function EmptyState({ art, children }: { art: EmptyArt; children: ReactNode }) {
  return (
    <div className="empty-state">
      <svg className="empty-state-art" viewBox="0 0 120 100" aria-hidden="true" focusable="false">
        {ART[art]}
      </svg>
      <div className="empty-state-words">{children}</div>
    </div>
  );
}
