// The `council` pull collection: a device always gets its own council (settings, districts, words).
import { loadCouncilPublic } from '../../council/load';
import type { PullSources } from '../../sync/types';

export const councilPullSources: PullSources = {
  council: async (db, scope, ids) => {
    // Only the device's own council, whatever ids the log names.
    if (!ids.includes(scope.councilId)) return [];
    const council = await loadCouncilPublic(db, scope.councilId);
    return council ? [council] : [];
  },
};
