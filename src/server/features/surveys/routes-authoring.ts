// Staff routes of "How's life?": the council's surveys, a new version of one (copy and adapt), a pulse check-in, and
// findings published to young people. Nothing published is ever updated, so there is no PUT or PATCH; a finding may
// be withdrawn (with why), and staff see the withdrawn ones.
import { MODERATION_ROLES } from '../../../shared/roles';
import type { Role } from '../../../shared/staff';
import {
  findingCreateSchema,
  findingIdParamsSchema,
  findingWithdrawSchema,
  pulseCreateSchema,
  surveyEditSchema,
  surveyIdParamsSchema,
} from '../../../shared/survey/authoring';
import { staffRoute, type RouteDef } from '../../lib/route';
import type { Ports } from '../../ports/ports';
import { createPulse, listSurveys, publishNewVersion } from './service/authoring';
import { withdrawFinding } from './service/finding-withdraw';
import { loadFindings, loadWithdrawnFindings, publishFinding } from './service/findings';

const AUTHORS: readonly Role[] = ['participation', 'admin'];

export function surveyAuthoringRoutes(ports: Ports): readonly RouteDef[] {
  return [
    staffRoute(AUTHORS, {
      method: 'GET',
      url: '/api/v1/staff/surveys',
      handler: async ({ staff, deps }) => ({ surveys: await listSurveys(deps.db, staff.councilId) }),
    }),
    staffRoute(AUTHORS, {
      method: 'POST',
      url: '/api/v1/staff/surveys/:id/versions',
      params: surveyIdParamsSchema,
      body: surveyEditSchema,
      status: 201,
      handler: ({ staff, deps, params, body }) => publishNewVersion(deps, staff, params.id, body),
    }),
    staffRoute(AUTHORS, {
      method: 'POST',
      url: '/api/v1/staff/surveys/pulses',
      body: pulseCreateSchema,
      status: 201,
      handler: ({ staff, deps, body }) => createPulse(deps, staff, body),
    }),
    // Moderators write "you said, we did" items too, and may cite a finding: they read the list, but never publish one.
    staffRoute(MODERATION_ROLES, {
      method: 'GET',
      url: '/api/v1/staff/surveys/findings',
      handler: async ({ staff, deps }) => ({ findings: await loadFindings(deps.db, staff.councilId) }),
    }),
    staffRoute(AUTHORS, {
      method: 'POST',
      url: '/api/v1/staff/surveys/findings',
      body: findingCreateSchema,
      status: 201,
      handler: ({ staff, deps, body }) => publishFinding(deps, staff, body),
    }),
    staffRoute(AUTHORS, {
      method: 'POST',
      url: '/api/v1/staff/surveys/findings/:id/withdraw',
      params: findingIdParamsSchema,
      body: findingWithdrawSchema,
      handler: ({ staff, deps, params, body }) => withdrawFinding(deps, ports, staff, params.id, body.reason),
    }),
    // Who withdrew which finding, when and why: for the people who publish findings and read the results.
    staffRoute(AUTHORS, {
      method: 'GET',
      url: '/api/v1/staff/surveys/findings/withdrawn',
      handler: async ({ staff, deps }) => ({ findings: await loadWithdrawnFindings(deps.db, staff.councilId) }),
    }),
  ];
}
