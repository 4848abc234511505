// Staff routes of "you said, we did": themes, feed items (draft → published; a published item changes only by a
// dated update) and the district log with its CSV export.
import { z } from 'zod';
import {
  feedItemCreateSchema,
  feedItemDraftUpdateSchema,
  feedItemUpdateCreateSchema,
  feedListQuerySchema,
  feedLogQuerySchema,
  requestTopicsQuerySchema,
  themeCreateSchema,
  themeMergeSchema,
  themePostsSchema,
  themeUpdateSchema,
} from '../../../shared/feed-staff';
import { uuidSchema } from '../../../shared/ids';
import type { Role } from '../../../shared/staff';
import { idParamsSchema } from '../../../shared/wall-staff';
import { notFound } from '../../lib/errors';
import { staffRoute, type RouteDef } from '../../lib/route';
import type { Ports } from '../../ports/ports';
import { toCsv } from './csv';
import { addUpdate, createDraft, editDraft, publishItem } from './service/items';
import { loadStaffFeedItems } from './service/load';
import { districtLog } from './service/log';
import { requestTopics } from './service/request-topics';
import { mergeThemes } from './service/theme-merge';
import { loadThemeDetail, loadThemeViews } from './service/theme-views';
import { addThemePosts, createTheme, removeThemePost, renameTheme } from './service/themes';

const FEED: readonly Role[] = ['moderator', 'participation', 'admin'];
const themeParams = z.object({ id: uuidSchema });
const themePostParams = z.object({ id: uuidSchema, postId: uuidSchema });

export function feedRoutes(ports: Ports): readonly RouteDef[] {
  return [
    staffRoute(FEED, {
      method: 'GET',
      url: '/api/v1/staff/themes',
      handler: async ({ staff, deps }) => ({ themes: await loadThemeViews(deps.db, ports.posts, staff.councilId) }),
    }),
    staffRoute(FEED, {
      method: 'GET',
      url: '/api/v1/staff/themes/:id',
      params: themeParams,
      handler: async ({ staff, deps, params }) => {
        const theme = await loadThemeDetail(deps.db, ports.posts, staff.councilId, params.id);
        if (!theme) throw notFound('That theme');
        return theme;
      },
    }),
    staffRoute(FEED, {
      method: 'POST',
      url: '/api/v1/staff/themes',
      body: themeCreateSchema,
      status: 201,
      handler: ({ staff, deps, body }) => createTheme(deps, ports, staff, body),
    }),
    staffRoute(FEED, {
      method: 'PATCH',
      url: '/api/v1/staff/themes/:id',
      params: themeParams,
      body: themeUpdateSchema,
      handler: ({ staff, deps, params, body }) => renameTheme(deps, ports, staff, params.id, body.title),
    }),
    staffRoute(FEED, {
      method: 'POST',
      url: '/api/v1/staff/themes/:id/posts',
      params: themeParams,
      body: themePostsSchema,
      handler: ({ staff, deps, params, body }) => addThemePosts(deps, ports, staff, params.id, body.postIds),
    }),
    staffRoute(FEED, {
      method: 'DELETE',
      url: '/api/v1/staff/themes/:id/posts/:postId',
      params: themePostParams,
      handler: ({ staff, deps, params }) => removeThemePost(deps, ports, staff, params.id, params.postId),
    }),
    staffRoute(FEED, {
      method: 'POST',
      url: '/api/v1/staff/themes/:id/merge',
      params: themeParams,
      body: themeMergeSchema,
      handler: ({ staff, deps, params, body }) => mergeThemes(deps, ports, staff, params.id, body.fromThemeId),
    }),
    staffRoute(FEED, {
      method: 'GET',
      url: '/api/v1/staff/feed',
      query: feedListQuerySchema,
      handler: async ({ staff, deps, query }) => ({ items: await loadStaffFeedItems(deps.db, staff.councilId, { state: query.state }) }),
    }),
    staffRoute(FEED, {
      method: 'POST',
      url: '/api/v1/staff/feed',
      body: feedItemCreateSchema,
      status: 201,
      handler: ({ staff, deps, body }) => createDraft(deps, ports, staff, body),
    }),
    staffRoute(FEED, {
      method: 'PATCH',
      url: '/api/v1/staff/feed/:id',
      params: idParamsSchema,
      body: feedItemDraftUpdateSchema,
      handler: ({ staff, deps, params, body }) => editDraft(deps, ports, staff, params.id, body),
    }),
    staffRoute(FEED, {
      method: 'POST',
      url: '/api/v1/staff/feed/:id/publish',
      params: idParamsSchema,
      handler: ({ staff, deps, params }) => publishItem(deps, ports, staff, params.id),
    }),
    staffRoute(FEED, {
      method: 'POST',
      url: '/api/v1/staff/feed/:id/updates',
      params: idParamsSchema,
      body: feedItemUpdateCreateSchema,
      status: 201,
      handler: ({ staff, deps, params, body }) => addUpdate(deps, ports, staff, params.id, body),
    }),
    staffRoute(FEED, {
      method: 'GET',
      url: '/api/v1/staff/feed/request-topics',
      query: requestTopicsQuerySchema,
      handler: ({ staff, deps, query }) => requestTopics(deps.db, ports, staff.councilId, query, deps.now()),
    }),
    staffRoute([...FEED, 'iro'], {
      method: 'GET',
      url: '/api/v1/staff/feed/log',
      query: feedLogQuerySchema,
      handler: async ({ staff, deps, query, reply }) => {
        const rows = await districtLog(deps, staff.councilId, query);
        if (query.format === 'csv') {
          void reply.header('content-type', 'text/csv; charset=utf-8');
          void reply.header('content-disposition', `attachment; filename="you-said-we-did-${deps.now().toISOString().slice(0, 10)}.csv"`);
          return toCsv(rows);
        }
        return { rows };
      },
    }),
  ];
}
