// Staff routes of the wall: prompts, the moderation queue and decisions (the safeguarding queue is its own domain).
import type { Role } from '../../../shared/staff';
import { decisionSchema, idParamsSchema, postListQuerySchema, promptCreateSchema, promptUpdateSchema } from '../../../shared/wall-staff';
import { staffRoute, type RouteDef } from '../../lib/route';
import type { Ports } from '../../ports/ports';
import { decidePost } from './service/decide';
import { hidePhoneOfPost } from './service/hide-phone';
import { loadPostPage } from './service/post-page';
import { createPrompt, listPrompts, updatePrompt } from './service/prompts';

const WALL: readonly Role[] = ['moderator', 'participation', 'admin'];

export function wallRoutes(ports: Ports): readonly RouteDef[] {
  return [
    staffRoute(WALL, {
      method: 'GET',
      url: '/api/v1/staff/wall/prompts',
      handler: async ({ staff, deps }) => ({ prompts: await listPrompts(deps, staff.councilId) }),
    }),
    staffRoute(WALL, {
      method: 'POST',
      url: '/api/v1/staff/wall/prompts',
      body: promptCreateSchema,
      status: 201,
      handler: ({ staff, deps, body }) => createPrompt(deps, staff, body),
    }),
    staffRoute(WALL, {
      method: 'PATCH',
      url: '/api/v1/staff/wall/prompts/:id',
      params: idParamsSchema,
      body: promptUpdateSchema,
      handler: ({ staff, deps, params, body }) => updatePrompt(deps, staff, params.id, body),
    }),
    staffRoute(WALL, {
      method: 'GET',
      url: '/api/v1/staff/wall/posts',
      query: postListQuerySchema,
      // Paged, never cut off: a post sent after a flood is on the first page of newest first.
      handler: ({ staff, deps, query }) => loadPostPage(deps.db, staff.councilId, query),
    }),
    staffRoute(WALL, {
      method: 'POST',
      url: '/api/v1/staff/wall/posts/:id/decision',
      params: idParamsSchema,
      body: decisionSchema,
      handler: ({ staff, deps, params, body }) => decidePost(deps, ports, staff, params.id, body),
    }),
    staffRoute(WALL, {
      method: 'POST',
      url: '/api/v1/staff/wall/posts/:id/hide-phone',
      params: idParamsSchema,
      handler: ({ staff, deps, params }) => hidePhoneOfPost(deps, staff, params.id),
    }),
  ];
}
