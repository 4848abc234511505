// "You said, we did" staff calls: themes, feed items with their updates, the district log, and the wall's posts and
// prompts that themes and feed items cite. Every answer is checked against src/shared.
import type { FeedItemCreate, FeedItemUpdateCreate } from '../../../../shared/feed-staff';
import {
  feedLogSchema,
  staffFeedItemListSchema,
  staffFeedItemViewSchema,
  staffThemeDetailSchema,
  staffThemeListSchema,
  staffThemeViewSchema,
} from '../../../../shared/feed-staff';
import type { LocalizedText } from '../../../../shared/text';
import { staffFindingListSchema } from '../../../../shared/survey/authoring';
import { requestTopicsSchema } from '../../../../shared/feed-staff';
import { promptListSchema, staffWallPostPageSchema } from '../../../../shared/wall-staff';
import { query, staffRequest } from '../../../api/request';

const id = encodeURIComponent;
const THEMES = '/api/v1/staff/themes';
const FEED = '/api/v1/staff/feed';

// ---- Themes
export const listThemes = async () => (await staffRequest({ method: 'GET', url: THEMES, answer: staffThemeListSchema })).themes;
export const getTheme = (themeId: string) => staffRequest({ method: 'GET', url: `${THEMES}/${id(themeId)}`, answer: staffThemeDetailSchema });
export const createTheme = (title: LocalizedText) =>
  staffRequest({ method: 'POST', url: THEMES, body: { title, postIds: [] }, answer: staffThemeViewSchema });
export const renameTheme = (themeId: string, title: LocalizedText) =>
  staffRequest({ method: 'PATCH', url: `${THEMES}/${id(themeId)}`, body: { title }, answer: staffThemeViewSchema });
export const addPostsToTheme = (themeId: string, postIds: string[]) =>
  staffRequest({ method: 'POST', url: `${THEMES}/${id(themeId)}/posts`, body: { postIds }, answer: staffThemeViewSchema });
export const removePostFromTheme = (themeId: string, postId: string) =>
  staffRequest({ method: 'DELETE', url: `${THEMES}/${id(themeId)}/posts/${id(postId)}`, answer: staffThemeViewSchema });
/** Moves every post of `fromThemeId` into this theme; the other theme goes. */
export const mergeTheme = (themeId: string, fromThemeId: string) =>
  staffRequest({ method: 'POST', url: `${THEMES}/${id(themeId)}/merge`, body: { fromThemeId }, answer: staffThemeViewSchema });

// ---- Feed items
export const listFeedItems = async () => (await staffRequest({ method: 'GET', url: `${FEED}?state=all`, answer: staffFeedItemListSchema })).items;
export const createFeedItem = (item: FeedItemCreate) => staffRequest({ method: 'POST', url: FEED, body: item, answer: staffFeedItemViewSchema });
/** Drafts only: once published, an item changes by adding an update. */
export const updateFeedDraft = (itemId: string, item: FeedItemCreate) =>
  staffRequest({ method: 'PATCH', url: `${FEED}/${id(itemId)}`, body: item, answer: staffFeedItemViewSchema });
export const publishFeedItem = (itemId: string) =>
  staffRequest({ method: 'POST', url: `${FEED}/${id(itemId)}/publish`, answer: staffFeedItemViewSchema });
export const addFeedUpdate = (itemId: string, update: FeedItemUpdateCreate) =>
  staffRequest({ method: 'POST', url: `${FEED}/${id(itemId)}/updates`, body: update, answer: staffFeedItemViewSchema });

// ---- The district log: '' = every district, 'council' = whole-council items only, otherwise a district id.
export const feedLogUrl = (filter: string, format: 'json' | 'csv') => `${FEED}/log${query({ format, district: filter })}`;
export const loadFeedLog = async (filter: string) =>
  (await staffRequest({ method: 'GET', url: feedLogUrl(filter, 'json'), answer: feedLogSchema })).rows;

// ---- What themes and feed items cite: the wall's posts (the first page of 200) and its prompts
export const listWallPosts = async (status: 'published' | 'pending') =>
  (await staffRequest({ method: 'GET', url: `/api/v1/staff/wall/posts${query({ status })}`, answer: staffWallPostPageSchema })).posts;
export const listWallPrompts = async () =>
  (await staffRequest({ method: 'GET', url: '/api/v1/staff/wall/prompts', answer: promptListSchema })).prompts;

// ---- "How's life?" findings published to young people, which an item may cite
export const listSurveyFindings = async () =>
  (await staffRequest({ method: 'GET', url: '/api/v1/staff/surveys/findings', answer: staffFindingListSchema })).findings;

// ---- What "Ask for help" requests were about, as counts for a period: a topic may be cited, never a request
export const listRequestTopics = (from: string, to: string) =>
  staffRequest({ method: 'GET', url: `${FEED}/request-topics${query({ from, to })}`, answer: requestTopicsSchema });
