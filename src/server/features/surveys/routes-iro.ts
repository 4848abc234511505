// Staff routes of IRO-assisted surveys: the council's sealing key and published versions (kept on the IRO's device so
// it works offline), sealed responses from the device, and the IRO's tallies of each review.
import { z } from 'zod';
import type { Role } from '../../../shared/staff';
import { sealedSubmitSchema, tallySchema } from '../../../shared/survey/iro';
import { staffRoute, type RouteDef } from '../../lib/route';
import { receiveSealed } from './service/sealed';
import { councilSealingKey } from './service/sealing-key';
import { ownTallies, recordTally } from './service/tallies';
import { loadPublishedSurveys } from './service/views';

const IRO_OR_ADMIN: readonly Role[] = ['iro', 'admin'];
const IRO: readonly Role[] = ['iro'];
const talliesQuery = z.strictObject({ round: z.string().max(48).optional() });

export function iroSurveyRoutes(): readonly RouteDef[] {
  return [
    staffRoute(IRO_OR_ADMIN, {
      method: 'GET',
      url: '/api/v1/staff/surveys/sealing-key',
      handler: ({ staff, deps }) => councilSealingKey(deps.db, staff.councilId, deps.now()),
    }),
    staffRoute(IRO_OR_ADMIN, {
      method: 'GET',
      url: '/api/v1/staff/surveys/published',
      handler: async ({ staff, deps }) => {
        const ids = await deps.db.selectFrom('surveys').select('id').distinct().where('council_id', '=', staff.councilId).execute();
        const newest = await loadPublishedSurveys(
          deps.db,
          staff.councilId,
          ids.map((r) => r.id),
        );
        // Pulse check-ins are for a young person's own phone; at a review the IRO offers the full round.
        return { surveys: newest.filter((v) => v.kind !== 'pulse') };
      },
    }),
    staffRoute(IRO_OR_ADMIN, {
      method: 'POST',
      url: '/api/v1/staff/surveys/sealed',
      body: sealedSubmitSchema,
      handler: async ({ staff, deps, body, reply }) => {
        const { status, answer } = await receiveSealed(deps, staff, body);
        reply.code(status);
        return answer;
      },
    }),
    staffRoute(IRO, {
      method: 'POST',
      url: '/api/v1/staff/surveys/tallies',
      body: tallySchema,
      handler: async ({ staff, deps, body, reply }) => {
        const { status, answer } = await recordTally(deps, staff, body);
        reply.code(status);
        return answer;
      },
    }),
    staffRoute(IRO, {
      method: 'GET',
      url: '/api/v1/staff/surveys/tallies',
      query: talliesQuery,
      handler: async ({ staff, deps, query }) => ({ tallies: await ownTallies(deps, staff, query.round) }),
    }),
  ];
}
