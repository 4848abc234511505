// A "you said, we did" item may cite a finding published to young people. It is cited with the feed's existing
// `survey-question` kind and the finding's id (a finding names the round's questions it is about), so the feed item's
// wire shape, which phones parse strictly, does not change. A withdrawn finding can no longer be cited.
import type { CitationSource } from '../../../ports/citations';

export const findingCitations: CitationSource = {
  kind: 'survey-question',
  async citable(db, councilId, id) {
    const row = await db
      .selectFrom('survey_findings')
      .select('id')
      .where('id', '=', id)
      .where('council_id', '=', councilId)
      .where('withdrawn_at', 'is', null)
      .executeTakeFirst();
    return Boolean(row);
  },
};
