// Safeguarding: the queue of words that may be a disclosure (from every domain that holds young people's words,
// through the safeguarding sources), what staff did about each, and the council's own safety words.
import type { ServerFeature } from '../../ports/server-feature';
import { safeguardingRoutes } from './routes';
import { startEscalation } from './service/escalate';
import { firstActions, queueWaiting } from './sources';

export const safeguardingFeature: ServerFeature = {
  name: 'safeguarding',
  tables: ['safeguarding_actions', 'safeguarding_settings', 'safeguarding_assignments'],
  routes: safeguardingRoutes,
  contributes: { seenByPerson: [firstActions], waiting: [queueWaiting] },
  // Items waiting past their due time go to the next named person (service/escalate.ts).
  background: (deps, ports, log) => startEscalation(deps.db, ports, deps.now, log),
};
