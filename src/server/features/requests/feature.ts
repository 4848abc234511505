// "Ask for help": a young person's requests (an advocate, a complaint, a thank-you, "contact me", a question), each
// complaint's statutory stages, the messages both ways, and the council's casework on them.
import type { ServerFeature } from '../../ports/server-feature';
import { requestRoutes } from './routes';
import { requestStaffRoutes } from './routes-staff';
import { seedDemoRequests, topUpDemoRequests } from './seed';
import { requestThemeCitations } from './service/report-citations';
import { requestMyItems } from './sources/my-items';
import { requestsWaiting } from './sources/waiting';
import { requestOpHandlers } from './sync';

export const requestsFeature: ServerFeature = {
  name: 'requests',
  tables: ['requests', 'request_stages', 'request_events', 'request_lookup_failures'],
  routes: (ports) => [...requestRoutes(ports), ...requestStaffRoutes(ports)],
  opHandlers: requestOpHandlers,
  contributes: { myItems: [requestMyItems], citations: [requestThemeCitations], waiting: [requestsWaiting] },
  seedDemo: (trx, ctx) => seedDemoRequests(trx, ctx.councilId, ctx.now),
  topUpDemo: (trx, ctx) => topUpDemoRequests(trx, ctx.councilId, ctx.now),
};
