// Staff routes of language polls: list, create, open or close, decide on suggested names, word options in Welsh and
// Arabic, adopt one.
import { z } from 'zod';
import {
  pollAdoptSchema,
  pollCreateSchema,
  pollOptionDecisionSchema,
  pollOptionParamsSchema,
  pollOptionTranslationsBodySchema,
  pollUpdateSchema,
} from '../../../shared/feed-staff';
import { uuidSchema } from '../../../shared/ids';
import type { Role } from '../../../shared/staff';
import { staffRoute, type RouteDef } from '../../lib/route';
import type { Ports } from '../../ports/ports';
import { adoptName } from './service/adopt';
import { createPoll, decideOption, setPollOpen } from './service/manage';
import { setOptionTranslations } from './service/translate';
import { loadPollViews } from './service/views';

const POLLS: readonly Role[] = ['moderator', 'participation', 'admin'];
const pollParams = z.object({ id: uuidSchema });

export function pollRoutes(ports: Ports): readonly RouteDef[] {
  return [
    staffRoute(POLLS, {
      method: 'GET',
      url: '/api/v1/staff/polls',
      handler: async ({ staff, deps }) => ({ polls: await loadPollViews(deps.db, staff.councilId) }),
    }),
    staffRoute(POLLS, {
      method: 'POST',
      url: '/api/v1/staff/polls',
      body: pollCreateSchema,
      status: 201,
      handler: ({ staff, deps, body }) => createPoll(deps, staff, body),
    }),
    staffRoute(POLLS, {
      method: 'PATCH',
      url: '/api/v1/staff/polls/:id',
      params: pollParams,
      body: pollUpdateSchema,
      handler: ({ staff, deps, params, body }) => setPollOpen(deps, staff, params.id, body.open),
    }),
    staffRoute(POLLS, {
      method: 'POST',
      url: '/api/v1/staff/polls/:id/options/:optionId/decision',
      params: pollOptionParamsSchema,
      body: pollOptionDecisionSchema,
      handler: ({ staff, deps, params, body }) => decideOption(deps, staff, params, body),
    }),
    staffRoute(POLLS, {
      method: 'PUT',
      url: '/api/v1/staff/polls/:id/options/:optionId/translations',
      params: pollOptionParamsSchema,
      body: pollOptionTranslationsBodySchema,
      handler: ({ staff, deps, params, body }) => setOptionTranslations(deps, staff, params, body),
    }),
    staffRoute(POLLS, {
      method: 'POST',
      url: '/api/v1/staff/polls/:id/adopt',
      params: pollParams,
      body: pollAdoptSchema,
      handler: ({ staff, deps, params, body }) => adoptName(deps, ports, staff, params.id, body),
    }),
  ];
}
