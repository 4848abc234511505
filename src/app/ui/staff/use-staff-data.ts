// Staff screens read from the server on open and again on demand; nothing is kept on the device.
import { useCallback, useEffect, useState } from 'react';

/**
 * Loads with `load` (a stable function: a module's api call, or one made with useCallback) whenever it changes, and
 * again on reload(); `null` loads nothing. Failures go to the staff area (401 → sign-in) and to the screen.
 */
export function useStaffData<T>(load: (() => Promise<T>) | null, onError: (e: unknown) => void) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const reload = useCallback(() => {
    if (!load) return;
    load().then(
      (d) => {
        setData(d);
        setError(null);
      },
      (e: unknown) => {
        onError(e);
        setError(e);
      },
    );
  }, [load, onError]);
  useEffect(reload, [reload]);
  return { data, error, reload, setData };
}

export type StaffData<T> = ReturnType<typeof useStaffData<T>>;
