// The safeguarding queue (wall posts and name ideas that may be a disclosure of harm, newest first, with what staff
// did about each) and the council's own safety words. The roles that moderate what young people write work both.
import {
  safeguardingActionSchema,
  safeguardingAssignSchema,
  safeguardingListQuerySchema,
  safeguardingSettingsInputSchema,
} from '../../../shared/safeguarding';
import { safetyTermParamsSchema, safetyTermSchema, type SafetyTermList } from '../../../shared/safety-terms';
import type { Role } from '../../../shared/staff';
import { staffRoute, type RouteDef } from '../../lib/route';
import type { Ports } from '../../ports/ports';
import { recordAction, viewQueue } from './service/actions';
import { assignItem } from './service/assign';
import { addSafetyTerm, listSafetyTerms, removeSafetyTerm } from './service/safety-words';
import { queueTeam, saveSettings, settingsView } from './service/team';

const QUEUE: readonly Role[] = ['moderator', 'participation', 'admin'];

export function safeguardingRoutes(ports: Ports): readonly RouteDef[] {
  return [
    staffRoute(QUEUE, {
      method: 'GET',
      url: '/api/v1/staff/safeguarding',
      query: safeguardingListQuerySchema,
      handler: ({ staff, deps, query }) => viewQueue(deps, ports, staff, query),
    }),
    staffRoute(QUEUE, {
      method: 'POST',
      url: '/api/v1/staff/safeguarding/actions',
      body: safeguardingActionSchema,
      status: 201,
      handler: ({ staff, deps, body }) => recordAction(deps, ports, staff, body),
    }),
    staffRoute(QUEUE, {
      method: 'POST',
      url: '/api/v1/staff/safeguarding/assign',
      body: safeguardingAssignSchema,
      handler: ({ staff, deps, body }) => assignItem(deps, ports, staff, body),
    }),
    staffRoute(QUEUE, {
      method: 'GET',
      url: '/api/v1/staff/safeguarding/people',
      handler: async ({ staff, deps }) => ({ people: (await queueTeam(deps.db, staff.councilId)).map(({ id, name }) => ({ id, name })) }),
    }),
    // The team sees the response time the queue shows; only admins change it and the escalation list.
    staffRoute(QUEUE, {
      method: 'GET',
      url: '/api/v1/staff/safeguarding/settings',
      handler: ({ staff, deps }) => settingsView(deps.db, staff.councilId),
    }),
    staffRoute(['admin'], {
      method: 'PUT',
      url: '/api/v1/staff/safeguarding/settings',
      body: safeguardingSettingsInputSchema,
      handler: ({ staff, deps, body }) => saveSettings(deps, staff, body),
    }),
    staffRoute(QUEUE, {
      method: 'GET',
      url: '/api/v1/staff/safety-terms',
      handler: async ({ staff, deps }): Promise<SafetyTermList> => ({ terms: await listSafetyTerms(deps.db, staff.councilId) }),
    }),
    staffRoute(QUEUE, {
      method: 'POST',
      url: '/api/v1/staff/safety-terms',
      body: safetyTermSchema,
      status: 201,
      handler: ({ staff, deps, body }) => addSafetyTerm(deps, staff, body),
    }),
    staffRoute(QUEUE, {
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
}
