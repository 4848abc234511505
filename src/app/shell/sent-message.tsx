// What the screen says after "Send": only what is true now. Never "Sent!" while the words are still on this phone;
// after words that may be about harm, the honest safeguarding note instead.
import { useEffect, useState } from 'react';
import { db } from '../storage/db';
import { useLiveQuery } from '../storage/live';
import { SafeguardingNote } from './safeguarding-note';

export function useOnline(): boolean {
  const [online, setOnline] = useState(typeof navigator === 'undefined' ? true : navigator.onLine);
  useEffect(() => {
    const on = () => setOnline(true);
    const off = () => setOnline(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, []);
  return online;
}

export interface SentTexts {
  /** Online, on its way this second. */
  sending: string;
  /** Offline: kept on this phone until it is online. */
  savedOffline: string;
  /** The server has it. */
  sent: string;
}

export function SentMessage({ itemId, flagged, texts, onWall }: { itemId: string; flagged: boolean; texts: SentTexts; onWall: boolean }) {
  const item = useLiveQuery(() => db.myItems.get(itemId), [itemId]);
  const online = useOnline();
  if (!item || item.withdrawn) return null;
  const notSent = item.delivery === 'not-sent';
  if (flagged || (item.state === 'kept-private' && item.reason === 'safeguarding')) {
    return <SafeguardingNote seen={Boolean(item.seenByPerson)} notSent={notSent} onWall={onWall} />;
  }
  // A refusal shows in the status bar, with its reason.
  if (item.delivery === 'rejected') return null;
  return <p>{notSent ? (online ? texts.sending : texts.savedOffline) : texts.sent}</p>;
}
