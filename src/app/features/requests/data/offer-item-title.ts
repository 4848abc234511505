// The title of the local offer item a question is about, as this phone has it.
import type { LocalizedText } from '../../../../shared/text';
import { db } from '../../../storage/db';
import { useLiveQuery } from '../../../storage/live';

/** undefined while loading, null when the item is not (or no longer) offered. */
export function useOfferItemTitle(id: string): LocalizedText | null | undefined {
  return useLiveQuery(async () => (await db.offerItems.get(id))?.title ?? null, [id]);
}
