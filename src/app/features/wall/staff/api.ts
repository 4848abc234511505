// The wall's staff calls: prompts, the moderation queue and decisions. Every answer is checked against src/shared.
import type { z } from 'zod';
import type { decisionSchema } from '../../../../shared/wall-staff';
import { decisionResultSchema, hidePhoneResultSchema, promptListSchema, staffWallPostPageSchema } from '../../../../shared/wall-staff';
import type { PromptKind } from '../../../../shared/wall';
import { wallPromptSchema } from '../../../../shared/wall';
import type { LocalizedText } from '../../../../shared/text';
import { query, staffRequest } from '../../../api/request';

const id = encodeURIComponent;

export const listPrompts = async () => (await staffRequest({ method: 'GET', url: '/api/v1/staff/wall/prompts', answer: promptListSchema })).prompts;

export const createPrompt = (prompt: { kind: PromptKind; text: LocalizedText; districtId: string | null; open: boolean }) =>
  staffRequest({ method: 'POST', url: '/api/v1/staff/wall/prompts', body: prompt, answer: wallPromptSchema });

export const setPromptOpen = (promptId: string, open: boolean) =>
  staffRequest({ method: 'PATCH', url: `/api/v1/staff/wall/prompts/${id(promptId)}`, body: { open }, answer: wallPromptSchema });

/** A page of the moderation queue (or of published or hidden posts): never cut off, with the total. */
export function listPosts(q: { status: 'pending' | 'published' | 'hidden'; order: 'oldest' | 'newest'; page: number; pageSize?: number }) {
  const url = `/api/v1/staff/wall/posts${query({ status: q.status, order: q.order, page: q.page, pageSize: q.pageSize ?? 50 })}`;
  return staffRequest({ method: 'GET', url, answer: staffWallPostPageSchema });
}

/** Approve (as written or edited), hide with a reason, or move to the safeguarding queue. */
export const decidePost = (postId: string, decision: z.input<typeof decisionSchema>) =>
  staffRequest({ method: 'POST', url: `/api/v1/staff/wall/posts/${id(postId)}/decision`, body: decision, answer: decisionResultSchema });

/** Hides every post still waiting from the phone that sent this one (never one in the safeguarding queue). */
export const hideWaitingFromPhone = (postId: string) =>
  staffRequest({ method: 'POST', url: `/api/v1/staff/wall/posts/${id(postId)}/hide-phone`, body: {}, answer: hidePhoneResultSchema });
