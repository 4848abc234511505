// The local offer's items as other domains may see them ("Ask my PA about this" names one), answered by the domain
// that holds the offer, so nobody else reads its tables.
import type { Db } from '../db/schema';

export interface OfferItemDirectory {
  /**
   * The English titles of these items of this council, in any state (an item may be retired while a phone that asks
   * about it is offline); ids of other councils and unknown ids are left out.
   */
  titles(db: Db, councilId: string, ids: readonly string[]): Promise<Map<string, string>>;
}
