// A screen loaded on demand that can also be loaded before it is first drawn. React.lazy suspends on its first draw
// even when its chunk has already arrived, and React then holds the revealed screen back for up to 300 ms after the
// fallback showed (its Suspense throttling): for the first screen of a first visit (the join link) that is 300 ms
// before the screen is seen and before what it does on mount (sending the join request) can start. Once `preload()`
// has settled, the screen is drawn at once, with no fallback; before that it is React.lazy as usual.
import { lazy, type ComponentType, type ReactElement } from 'react';

export type PreloadableScreen<P extends object> = ((props: P) => ReactElement) & {
  /** Starts loading the chunk (once); resolves when the screen can be drawn without suspending. */
  preload: () => Promise<void>;
};

export function preloadable<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): PreloadableScreen<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  // A failed load is forgotten, so the next draw (or preload) asks for the chunk again rather than failing with it.
  const once = () =>
    (loading ??= load().then(
      (m) => {
        loaded = m.default;
        return m;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  const Lazy = lazy(once);
  const Screen = (props: P) => {
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  };
  return Object.assign(Screen, { preload: () => once().then(() => undefined) });
}
