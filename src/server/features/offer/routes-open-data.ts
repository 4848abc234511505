// The council's published local offer as open data (public, no sign-in): see service/open-data.ts for the mapping.
import { z } from 'zod';
import { loadCouncilRecord } from '../../council/load';
import { notFound } from '../../lib/errors';
import { publicRoute, type RouteDef } from '../../lib/route';
import { OPEN_DATA_LANGUAGES, toOpenData } from './service/open-data';
import { readPhoneItem } from './service/store';

const params = z.object({ councilId: z.string().min(1).max(64) });
const query = z.object({ lang: z.enum(OPEN_DATA_LANGUAGES).default('en') });

export function offerOpenDataRoutes(): readonly RouteDef[] {
  return [
    publicRoute({
      method: 'GET',
      url: '/api/v1/councils/:councilId/local-offer.json',
      params,
      query,
      handler: async ({ deps, params: p, query: q, reply }) => {
        const council = await loadCouncilRecord(deps.db, p.councilId);
        if (!council) throw notFound('That council');
        const rows = await deps.db
          .selectFrom('offer_items')
          .select('published')
          .where('council_id', '=', council.id)
          .where('state', '=', 'published')
          .execute();
        const items = rows
          .flatMap((r) => (r.published ? [readPhoneItem(r.published)] : []))
          .sort((a, b) => a.sortOrder - b.sortOrder || a.title.en.localeCompare(b.title.en) || a.id.localeCompare(b.id));
        void reply.header('content-language', q.lang);
        return toOpenData(council, items, q.lang, deps.now());
      },
    }),
  ];
}
