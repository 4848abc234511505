// Staff routes of "How's life?": the council's surveys, a new version of one (copy and adapt), a pulse check-in, and
// findings published to young people. Nothing published is ever updated, so there is no PUT or PATCH.
import type { Role } from '../../../shared/staff';
import { findingCreateSchema, pulseCreateSchema, surveyEditSchema, surveyIdParamsSchema } from '../../../shared/survey/authoring';
import { staffRoute, type RouteDef } from '../../lib/route';
import { createPulse, listSurveys, publishNewVersion } from './service/authoring';
import { loadFindings, publishFinding } from './service/findings';

const AUTHORS: readonly Role[] = ['participation', 'admin'];

export function surveyAuthoringRoutes(): readonly RouteDef[] {
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
    staffRoute(AUTHORS, {
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
  ];
}
