// Keeps the IRO's queue moving while the screen is open: a send at once, when the connection comes back, and when the
// next waiting item's backoff is over. A 401 (the session ended) goes to the staff frame, which asks to sign in.
import { useEffect } from 'react';
import { nextDue, sendQueued, useQueue } from './queue';

export function useSender(onError: (e: unknown) => void): void {
  const queue = useQueue();
  const waiting = (queue?.sealedWaiting ?? 0) + (queue?.talliesWaiting ?? 0);
  useEffect(() => {
    let timer: number | undefined;
    let stopped = false;
    const run = () => {
      if (!navigator.onLine) return;
      sendQueued().then(schedule, (e: unknown) => onError(e));
    };
    const schedule = async () => {
      const due = await nextDue();
      if (stopped || due === null) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(run, Math.max(0, due - Date.now()));
    };
    run();
    window.addEventListener('online', run);
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      window.removeEventListener('online', run);
    };
  }, [waiting, onError]);
}
