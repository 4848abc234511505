// The offer's part of the one pull path: published items only, exactly as stored at publish. A retired item (or one
// that never reached phones) is left out, so the pull sends it as a tombstone.
import type { PullSources } from '../../sync/types';
import { readPhoneItem } from './service/store';

export const offerPullSources: PullSources = {
  offerItems: async (db, scope, ids) => {
    if (ids.length === 0) return [];
    const rows = await db
      .selectFrom('offer_items')
      .select('published')
      .where('council_id', '=', scope.councilId)
      .where('state', '=', 'published')
      .where('id', 'in', ids)
      .execute();
    return rows.flatMap((r) => (r.published ? [readPhoneItem(r.published)] : []));
  },
};
