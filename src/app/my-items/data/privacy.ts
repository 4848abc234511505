// Whether the young person has read the privacy notice on this phone (shown once, before the first thing they send).
import { useLiveRead } from '../../storage/live-read';
import { setMeta } from '../../storage/meta';

export function acknowledgePrivacy(): Promise<void> {
  return setMeta('privacyAcknowledged', new Date().toISOString());
}

/** undefined while reading IndexedDB. */
export function usePrivacyAcknowledged(): boolean | undefined {
  return useLiveRead(async (db) => Boolean((await db.meta.get('privacyAcknowledged'))?.value), []);
}
