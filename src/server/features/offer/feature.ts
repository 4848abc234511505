// The local offer for care leavers: items staff write as drafts and admins publish (checked against the law's
// minimums), the phones' copy of the published offer, and the offer as open data.
import type { ServerFeature } from '../../ports/server-feature';
import { offerOpenDataRoutes } from './routes-open-data';
import { offerStaffRoutes } from './routes-staff';
import { seedDemoOffer } from './seed';
import { offerItemDirectory } from './sources/directory';
import { offerPullSources } from './sync';

export const offerFeature: ServerFeature = {
  name: 'offer',
  tables: ['offer_items', 'offer_versions'],
  routes: () => [...offerStaffRoutes(), ...offerOpenDataRoutes()],
  pullSources: offerPullSources,
  contributes: { offerItems: offerItemDirectory },
  seedDemo: async (trx, ctx) => {
    await seedDemoOffer(trx, ctx.councilId, ctx.now);
  },
  topUpDemo: async (trx, ctx) => {
    await seedDemoOffer(trx, ctx.councilId, ctx.now);
  },
};
