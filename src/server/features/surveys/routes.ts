// Staff routes of "How's life?": the round's results (JSON and CSV, suppressed alike), the care population rates are
// measured against, and paper responses keyed in by hand.
import type { Role } from '../../../shared/staff';
import { paperResponseBodySchema, populationsBodySchema, roundQuerySchema } from '../../../shared/survey/staff';
import { staffRoute, type RouteDef } from '../../lib/route';
import { keyInPaperResponse } from './service/paper';
import { loadPopulations, savePopulations } from './service/populations';
import { moveAllHeld } from './service/held';
import { loadResults } from './service/results';
import { resultsCsv } from './service/results-csv';

/**
 * Who sees a round's live aggregates. Not IROs: an IRO decides when their device sends the sealed responses of the
 * children they saw, so two looks at live results either side of one delivery would give that child's answers away.
 */
const RESULTS: readonly Role[] = ['participation', 'admin'];
/** Who may read the (redacted) free texts and key in paper responses. */
const FREE_TEXT: readonly Role[] = ['participation', 'admin'];

const mayReadFreeText = (roles: readonly Role[]) => roles.some((r) => FREE_TEXT.includes(r));

export function surveyRoutes(): readonly RouteDef[] {
  return [
    staffRoute(RESULTS, {
      method: 'GET',
      url: '/api/v1/staff/surveys/results',
      query: roundQuerySchema,
      handler: async ({ staff, deps, query }) => {
        // Responses still held are moved in first (in a transaction of their own), so the results count every one.
        await moveAllHeld(deps.db, staff.councilId);
        return loadResults(deps.db, staff.councilId, query.round, deps.now(), mayReadFreeText(staff.roles));
      },
    }),
    staffRoute(RESULTS, {
      method: 'GET',
      url: '/api/v1/staff/surveys/results.csv',
      query: roundQuerySchema,
      handler: async ({ staff, deps, query, reply }) => {
        await moveAllHeld(deps.db, staff.councilId);
        const results = await loadResults(deps.db, staff.councilId, query.round, deps.now(), false);
        void reply.header('content-type', 'text/csv; charset=utf-8');
        void reply.header('content-disposition', `attachment; filename="hows-life-${query.round}-${deps.now().toISOString().slice(0, 10)}.csv"`);
        return resultsCsv(results);
      },
    }),
    staffRoute(['participation', 'admin'], {
      method: 'GET',
      url: '/api/v1/staff/surveys/populations',
      query: roundQuerySchema,
      handler: ({ staff, deps, query }) => loadPopulations(deps.db, staff.councilId, query.round),
    }),
    staffRoute(['admin'], {
      method: 'PUT',
      url: '/api/v1/staff/surveys/populations',
      body: populationsBodySchema,
      handler: ({ staff, deps, body }) => savePopulations(deps, staff, body),
    }),
    staffRoute(FREE_TEXT, {
      method: 'POST',
      url: '/api/v1/staff/surveys/paper',
      body: paperResponseBodySchema,
      status: 201,
      handler: ({ staff, deps, body }) => keyInPaperResponse(deps, staff, body),
    }),
  ];
}
