// A request topic may be cited by a "you said, we did" item ("you told us about where you live"): the citation names
// the topic only, never a request or its words. Citable once the council has had at least 5 requests of any kind on
// that topic, so an answer cannot point at one young person.
import { REQUEST_TOPICS } from '../../../../shared/requests/request';
import type { CitationSource } from '../../../ports/citations';

export const MIN_REQUESTS_TO_CITE = 5;

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
};
