// Whether Heard can reach its server as far as the phone can tell, re-rendering when that changes (the banner and the
// words after "Send"). The browser's `navigator.onLine` only knows whether there is a network at all: on a care
// home's Wi-Fi with no internet behind it, or after a reload with the signal gone, it may still say "online". So the
// last sync's answer counts too: when it could not reach the server, the phone is offline until a sync gets through.
import { useEffect, useState } from 'react';
import { useSyncStatus } from '../sync/runtime';

export function useOnline(): boolean {
  const [browserOnline, setBrowserOnline] = useState(typeof navigator === 'undefined' ? true : navigator.onLine);
  const status = useSyncStatus();
  useEffect(() => {
    const on = () => setBrowserOnline(true);
    const off = () => setBrowserOnline(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, []);
  return browserOnline && status !== 'offline';
}
