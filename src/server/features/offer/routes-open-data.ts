// The council's published local offer as open data (public, no sign-in): see service/open-data.ts for the mapping.
// Like the app's shell, it is revalidated on every use (no-cache with an ETag), so a directory that checks daily
// gets a 304 while nothing changed and never a stale offer.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { loadCouncilRecord } from '../../council/load';
import { notFound } from '../../lib/errors';
import { publicRoute, type RouteDef } from '../../lib/route';
import { REVALIDATE } from '../../lib/static-files';
import { OPEN_DATA_LANGUAGES, toOpenData } from './service/open-data';
import { readPhoneItem } from './service/store';

const params = z.object({ councilId: z.string().min(1).max(64) });
const query = z.object({ lang: z.enum(OPEN_DATA_LANGUAGES).default('en') });

/** If-None-Match holds this ETag (it may list several, or be weak: W/"…"). */
const matches = (header: string | undefined, etag: string) =>
  header !== undefined && header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag || t.trim() === '*');

export function offerOpenDataRoutes(): readonly RouteDef[] {
  return [
    publicRoute({
      method: 'GET',
      url: '/api/v1/councils/:councilId/local-offer.json',
      params,
      query,
      handler: async ({ deps, params: p, query: q, request, reply }) => {
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
        const body = toOpenData(council, items, q.lang);
        const etag = `"${createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 27)}"`;
        void reply.header('content-language', q.lang).header('cache-control', REVALIDATE).header('etag', etag);
        if (matches(request.headers['if-none-match'], etag)) {
          void reply.code(304);
          return undefined;
        }
        return body;
      },
    }),
  ];
}
