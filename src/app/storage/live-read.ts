// Live reads for the shell and the data modules the first screen uses. Like useLiveQuery (storage/live.ts), the value
// follows the rows it read; unlike it, Dexie is not part of the first load: the query starts when the database chunk
// has arrived (main.tsx starts loading it before the first screen), and until the first answer the hook returns
// `initial`. (useLiveQuery also answers a moment after mounting: Dexie delivers every answer asynchronously.)
import { useEffect, useState } from 'react';
import type { HeardDb } from './db';
import type { Watch, watch } from './live-core';

let pending: Promise<typeof watch> | undefined;

function loadWatch(): Promise<typeof watch> {
  pending ??= import('./live-core').then(
    (m) => m.watch,
    (e: unknown) => {
      pending = undefined;
      throw e;
    },
  );
  return pending;
}

type Read<T> = (db: HeardDb) => Promise<T> | T;

/**
 * `read(db)`, read again whenever a table it read changes; `initial` until the first answer. Pass every value `read`
 * uses in `deps`. An error in `read` (or in loading the database) is thrown while rendering, as useLiveQuery does.
 */
export function useLiveRead<T>(read: Read<T>, deps: readonly unknown[]): T | undefined;
export function useLiveRead<T, I>(read: Read<T>, deps: readonly unknown[], initial: I): T | I;
export function useLiveRead<T, I>(read: Read<T>, deps: readonly unknown[], initial?: I): T | I | undefined {
  const [state, setState] = useState<{ value: T | I | undefined; error?: { thrown: unknown } }>({ value: initial });

  useEffect(() => {
    let stopped = false;
    let w: Watch | undefined;
    const fail = (thrown: unknown) => {
      if (!stopped) setState((s) => ({ value: s.value, error: { thrown } }));
    };
    loadWatch().then((start) => {
      if (stopped) return;
      w = start(
        read,
        (value) => {
          if (!stopped) setState((s) => (Object.is(s.value, value) && !s.error ? s : { value }));
        },
        fail,
      );
    }, fail);
    return () => {
      stopped = true;
      w?.unsubscribe();
    };
    // The caller names what `read` depends on, as with useEffect and useLiveQuery.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);

  if (state.error) throw state.error.thrown;
  return state.value;
}
