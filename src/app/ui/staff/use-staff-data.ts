// Staff screens read from the server on open and again on demand; nothing is kept on the device.
import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Loads with `load` (a stable function: a module's api call, or one made with useCallback) whenever it changes, and
 * again on reload(); `null` loads nothing. `loading` is true from a load's start until it settles. A load clears the
 * last failure as it starts, so a screen with nothing yet says "Loading…" again, and a second failure is a new alert
 * (read out again). Only the latest load's answer reaches the screen: one that settles after `load` changed or
 * reload() was called again is dropped. Failures go to the staff area (401 → sign-in, whichever load saw it: the
 * session has ended either way) and to the screen.
 */
export function useStaffData<T>(load: (() => Promise<T>) | null, onError: (e: unknown) => void) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(load !== null);
  // A new `load` starts while this render is drawn (not in the effect that sends it), so no frame shows the last
  // failure or says nothing is loading.
  const [current, setCurrent] = useState(() => load);
  if (current !== load) {
    setCurrent(() => load);
    setError(null);
    setLoading(load !== null);
  }
  // The staff area's handler as it is now: a new one is not a new load.
  const report = useRef(onError);
  useEffect(() => {
    report.current = onError;
  }, [onError]);
  const latest = useRef(0);
  const send = useCallback(() => {
    const mine = ++latest.current;
    load?.().then(
      (d) => {
        if (mine !== latest.current) return;
        setData(d);
        setLoading(false);
      },
      (e: unknown) => {
        report.current(e);
        if (mine !== latest.current) return;
        setError(e);
        setLoading(false);
      },
    );
  }, [load]);
  useEffect(send, [send]);
  const reload = useCallback(() => {
    if (!load) return;
    setError(null);
    setLoading(true);
    send();
  }, [load, send]);
  return { data, error, loading, reload, setData };
}

export type StaffData<T> = ReturnType<typeof useStaffData<T>>;
