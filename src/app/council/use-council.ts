// The council this phone joined, and the phone's own registration, as the screens and the shell read them.
import { db } from '../storage/db';
import { useLiveQuery } from '../storage/live';
import type { CouncilRow, DeviceMeta } from '../storage/rows';

/** The council this phone joined (its name, districts, languages, words, phone numbers); undefined before it arrives. */
export function useCouncil(): CouncilRow | undefined {
  return useLiveQuery(() => db.council.toCollection().first(), []);
}

/** This phone's registration: null while IndexedDB is being read, undefined when the phone has not joined. */
export function useDevice(): DeviceMeta | undefined | null {
  return useLiveQuery(async () => (await db.meta.get('device'))?.value as DeviceMeta | undefined, [], null);
}
