// Whether the young person has read the privacy notice on this phone (shown once, before the first thing they send).
import { db } from '../../storage/db';
import { useLiveQuery } from '../../storage/live';
import { setMeta } from '../../storage/meta';

export function acknowledgePrivacy(): Promise<void> {
  return setMeta('privacyAcknowledged', new Date().toISOString());
}

/** undefined while reading IndexedDB. */
export function usePrivacyAcknowledged(): boolean | undefined {
  return useLiveQuery(async () => Boolean((await db.meta.get('privacyAcknowledged'))?.value), []);
}
