// Staff routes for a council's own safety words. The roles that work the safeguarding queue keep the list.
import { safetyTermParamsSchema, safetyTermSchema, type SafetyTermList } from '../../../shared/safety-terms';
import type { Role } from '../../../shared/staff';
import { staffRoute, type RouteDef } from '../../lib/route';
import { addSafetyTerm, listSafetyTerms, removeSafetyTerm } from './service';

export const SAFETY_TERM_ROLES: readonly Role[] = ['moderator', 'participation', 'admin'];

export const safetyTermRoutes: RouteDef[] = [
  staffRoute(SAFETY_TERM_ROLES, {
    method: 'GET',
    url: '/api/v1/staff/safety-terms',
    handler: async ({ staff, deps }): Promise<SafetyTermList> => ({ terms: await listSafetyTerms(deps.db, staff.councilId) }),
  }),
  staffRoute(SAFETY_TERM_ROLES, {
    method: 'POST',
    url: '/api/v1/staff/safety-terms',
    body: safetyTermSchema,
    status: 201,
    handler: ({ staff, deps, body }) => addSafetyTerm(deps, staff, body),
  }),
  staffRoute(SAFETY_TERM_ROLES, {
    method: 'DELETE',
    url: '/api/v1/staff/safety-terms/:id',
    params: safetyTermParamsSchema,
    status: 204,
    handler: async ({ staff, deps, params }) => {
      await removeSafetyTerm(deps, staff, params.id);
      return undefined;
    },
  }),
];
