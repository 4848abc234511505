// A paper response keyed in by staff: stored like any other response, marked 'paper'. The audit says a paper response
// was keyed in for a survey and month — never its answers nor anything that points at its row. A double click or a
// retry sends the same entry id, which is kept (with the month only) to store it once; it is never written beside
// the response, so it links to nothing.
import type { PaperResponseBody } from '../../../../shared/survey/staff';
import { audit } from '../../../lib/audit';
import { HttpError, notFound } from '../../../lib/errors';
import type { AppDeps, StaffAuth } from '../../../lib/route';
import { storeResponse } from './responses';

export async function keyInPaperResponse(deps: AppDeps, staff: StaffAuth, body: PaperResponseBody): Promise<{ stored: true }> {
  const now = deps.now();
  const { entryId, ...payload } = body;
  await deps.db.transaction().execute(async (trx) => {
    if (entryId) {
      const seen = await trx
        .insertInto('survey_paper_entries')
        .values({ council_id: staff.councilId, entry_id: entryId, month: now.toISOString().slice(0, 7) })
        .onConflict((oc) => oc.columns(['council_id', 'entry_id']).doNothing())
        .executeTakeFirst();
      if (Number(seen.numInsertedOrUpdatedRows ?? 0n) === 0) return; // stored already
    }
    const stored = await storeResponse(trx, staff.councilId, payload, 'paper', now);
    if (stored.status === 'refused') {
      if (stored.code === 'not-found') throw notFound('That survey version');
      throw new HttpError(400, 'invalid-payload', stored.message);
    }
    await audit(
      trx,
      { councilId: staff.councilId, staffId: staff.staffId, action: 'survey.paper.keyed-in', entity: 'survey', entityId: payload.surveyId },
      now,
    );
  });
  return { stored: true };
}
