// A request topic may be cited by a "you said, we did" item ("you told us about where you live"): the citation names
// the topic only, never a request or its words. Citable once the council has had at least 5 requests of any kind on
// that topic, so an answer cannot point at one young person. The editor sees, for a period, how many requests each
// topic had — a count from 1 to 4 is not shown (only "fewer than 5"), for the same reason.
import { MIN_REQUESTS_TO_CITE } from '../../../../shared/feed-staff';
import { REQUEST_TOPICS } from '../../../../shared/requests/request';
import type { Db } from '../../../db/schema';
import type { CitationSource } from '../../../ports/citations';

async function countsByTopic(db: Db, councilId: string, period?: { from: string; to: string }): Promise<Map<string, number>> {
  let q = db
    .selectFrom('requests')
    .select((eb) => ['topic', eb.fn.countAll<number | string>().as('n')])
    .where('council_id', '=', councilId);
  if (period) q = q.where('received_on', '>=', period.from).where('received_on', '<=', period.to);
  const rows = await q.groupBy('topic').execute();
  return new Map(rows.map((r) => [r.topic, Number(r.n)]));
}

export const requestThemeCitations: CitationSource = {
  kind: 'request-theme',
  async citable(db, councilId, id) {
    if (!(REQUEST_TOPICS as readonly string[]).includes(id)) return false;
    const row = await db
      .selectFrom('requests')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('council_id', '=', councilId)
      .where('topic', '=', id)
      .executeTakeFirstOrThrow();
    return Number(row.n) >= MIN_REQUESTS_TO_CITE;
  },
  async choices(db, councilId, period) {
    const [inPeriod, ever] = await Promise.all([countsByTopic(db, councilId, period), countsByTopic(db, councilId)]);
    return REQUEST_TOPICS.map((topic) => {
      const n = inPeriod.get(topic) ?? 0;
      return { id: topic, count: n > 0 && n < MIN_REQUESTS_TO_CITE ? null : n, citable: (ever.get(topic) ?? 0) >= MIN_REQUESTS_TO_CITE };
    });
  },
};
