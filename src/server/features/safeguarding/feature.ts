// Safeguarding: the queue of words that may be a disclosure (from every domain that holds young people's words,
// through the safeguarding sources), what staff did about each, and the council's own safety words.
import type { ServerFeature } from '../../ports/server-feature';
import { safeguardingRoutes } from './routes';
import { firstActions } from './sources';

export const safeguardingFeature: ServerFeature = {
  name: 'safeguarding',
  tables: ['safeguarding_actions'],
  routes: safeguardingRoutes,
  contributes: { seenByPerson: [firstActions] },
};
