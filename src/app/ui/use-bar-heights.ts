// The sticky bars' real heights as CSS variables on <html> (`--bar-top`, `--bar-bottom`), kept up to date as they
// change (a Welsh header that wraps, the update prompt above the tab bar, larger text), so the page's scroll padding
// keeps whatever has focus clear of both (WCAG 2.4.11). Bars that are not sticky at the moment count as 0.
import { useEffect, type RefObject } from 'react';

export function useBarHeights(top: RefObject<HTMLElement | null>, bottom: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = document.documentElement;
    const measure = () => {
      for (const [name, bar] of [
        ['--bar-top', top.current],
        ['--bar-bottom', bottom.current],
      ] as const) {
        const sticky = bar && getComputedStyle(bar).position === 'sticky';
        const value = `${sticky ? Math.ceil(bar.getBoundingClientRect().height) : 0}px`;
        // A new value on <html> restyles the whole page: only when it has changed.
        if (root.style.getPropertyValue(name) !== value) root.style.setProperty(name, value);
      }
    };
    if (typeof ResizeObserver === 'undefined') {
      measure();
      return;
    }
    // The observer's first call comes after the next layout, so the first screen is not laid out twice to measure it.
    const watch = new ResizeObserver(measure);
    for (const bar of [top.current, bottom.current]) if (bar) watch.observe(bar);
    return () => watch.disconnect();
  }, [top, bottom]);
}
