// What the requests queue tells the staff navigation: how many wait for someone to act, how long the oldest has
// waited, and how many are past their due date (the same counts as the queue's summary).
import type { WaitingSource } from '../../../ports/waiting';
import { loadSummary } from '../service/casework-load';

export const requestsWaiting: WaitingSource = {
  kind: 'requests',
  roles: ['complaints', 'admin'],
  async summary(db, councilId, now) {
    const s = await loadSummary(db, councilId, '', now);
    return { waiting: s.waiting, oldestAt: s.oldestWaitingAt, overdue: s.overdue };
  },
};
