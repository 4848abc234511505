// A poll may be cited by a "you said, we did" item (the answer to an adopted name).
import type { CitationSource } from '../../../ports/citations';

export const pollCitations: CitationSource = {
  kind: 'poll',
  async citable(db, councilId, id) {
    return Boolean(await db.selectFrom('polls').select('id').where('id', '=', id).where('council_id', '=', councilId).executeTakeFirst());
  },
};
