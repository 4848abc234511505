// The surveys' part of the one push path (survey.submit, anonymous: see ANONYMOUS_OP_TYPES) and of the one pull path
// (surveys, and the findings published to young people: surveyFindings).
import type { OpHandlers, PullSources } from '../../sync/types';
import { loadFindings } from './service/findings';
import { storeResponse } from './service/responses';
import { loadPublishedSurveys } from './service/views';

export const surveyOpHandlers: OpHandlers = {
  async 'survey.submit'({ trx, device, now, takeQuota }, payload) {
    const stored = await storeResponse(trx, device.councilId, payload, 'own', now);
    if (stored.status === 'refused') return { status: 'rejected', code: stored.code, message: stored.message };
    // Words that may be a disclosure are counted but never refused by the quota (a refusal rolls the row back).
    const refused = await takeQuota({ exempt: stored.flagged });
    if (refused) return refused;
    // No ref: the phone is never told the response's id, so nothing it keeps can point at the row.
    return { status: 'accepted' };
  },
};

export const surveyPullSources: PullSources = {
  surveys: (db, scope, ids) => loadPublishedSurveys(db, scope.councilId, ids),
  surveyFindings: (db, scope, ids) => loadFindings(db, scope.councilId, ids),
};
