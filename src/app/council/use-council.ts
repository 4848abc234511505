// The council this phone joined, and the phone's own registration, as the screens and the shell read them.
import { useLiveRead } from '../storage/live-read';
import { notePeekedDevice, peekedMeta } from '../storage/peek';
import type { CouncilRow, DeviceMeta } from '../storage/rows';

/** The council this phone joined (its name, districts, languages, words, phone numbers); undefined before it arrives. */
export function useCouncil(): CouncilRow | undefined {
  return useLiveRead((db) => db.council.toCollection().first(), []);
}

/**
 * This phone's registration: null while IndexedDB is being read, undefined when the phone has not joined. What
 * main.tsx peeked before the first screen stands until the database answers, so the first screen need not wait.
 */
export function useDevice(): DeviceMeta | undefined | null {
  const peeked = peekedMeta();
  return useLiveRead(
    async (db) => {
      const device = (await db.meta.get('device'))?.value as DeviceMeta | undefined;
      notePeekedDevice(device);
      return device;
    },
    [],
    peeked ? peeked.device : null,
  );
}
