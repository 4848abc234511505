// "Ask for help": a young person's requests (an advocate, a complaint, a thank-you, "contact me", a question), each
// complaint's statutory stages, and the messages both ways. This is the phone's side; staff casework is its own part.
import type { ServerFeature } from '../../ports/server-feature';
import { requestRoutes } from './routes';
import { seedDemoRequests, topUpDemoRequests } from './seed';
import { requestMyItems } from './sources/my-items';
import { requestOpHandlers } from './sync';

export const requestsFeature: ServerFeature = {
  name: 'requests',
  tables: ['requests', 'request_stages', 'request_events', 'request_lookup_failures'],
  routes: requestRoutes,
  opHandlers: requestOpHandlers,
  contributes: { myItems: [requestMyItems] },
  seedDemo: (trx, ctx) => seedDemoRequests(trx, ctx.councilId, ctx.now),
  topUpDemo: (trx, ctx) => topUpDemoRequests(trx, ctx.councilId, ctx.now),
};
