import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways on a phone. The scrolling box can take keyboard focus (so it can be scrolled
 * without a mouse) and is named after the table it holds.
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <div className="staff-table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
