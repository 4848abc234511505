// The staff wall API: prompts and the moderation of posts.
import { z } from 'zod';
import { optionalRefSchema } from './ids';
import type { SafetyCategory, SafetyDoubt } from './safety/assess-text';
import { localizedTextSchema, MAX_YOUNG_PERSON_TEXT } from './text';
import { PROMPT_KINDS, type POST_STATUSES } from './wall';

export const promptCreateSchema = z.object({
  kind: z.enum(PROMPT_KINDS),
  text: localizedTextSchema,
  districtId: optionalRefSchema.default(null),
  open: z.boolean().default(true),
  sortOrder: z.number().int().min(0).max(10_000).optional(),
});
export const promptUpdateSchema = z
  .object({
    text: localizedTextSchema.optional(),
    districtId: optionalRefSchema.optional(),
    open: z.boolean().optional(),
    sortOrder: z.number().int().min(0).max(10_000).optional(),
  })
  .refine((u) => Object.values(u).some((v) => v !== undefined), { message: 'change at least one thing' });

export const idParamsSchema = z.object({ id: z.string().min(1).max(64) });
/** The safeguarding queue is read only through its own audited route (/api/v1/staff/safeguarding). */
export const postListQuerySchema = z.object({
  status: z.enum(['pending', 'published', 'hidden']).default('pending'),
  /** Omitted: the waiting queue oldest first (first come, first served), the others newest first. */
  order: z.enum(['oldest', 'newest']).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  // 200 when not asked: the screens that pick posts for themes and quotes read the first page of 200.
  pageSize: z.coerce.number().int().min(1).max(200).default(200),
});
export type PostListQuery = z.infer<typeof postListQuerySchema>;

export const HIDE_CATEGORIES = ['personal-details', 'not-suitable'] as const;
export const decisionSchema = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('approve'),
    /** The post with personal details removed; omitted = as written. */
    text: z.string().trim().min(1).max(MAX_YOUNG_PERSON_TEXT).optional(),
    /** A person confirms they checked flagged personal details. */
    confirmNoDetails: z.boolean().default(false),
    /** A person confirms they read a post the safety check has doubts about, and it is not about harm. */
    confirmDoubt: z.boolean().default(false),
  }),
  z.object({
    action: z.literal('hide'),
    reason: z.string().trim().min(1, { message: 'give a reason' }).max(500),
    category: z.enum(HIDE_CATEGORIES).default('not-suitable'),
  }),
  // "This may be about harm" is one tap: a reason is welcome, never needed.
  z.object({ action: z.literal('safeguarding'), reason: z.string().trim().max(500).optional() }),
]);
export type DecisionInput = z.infer<typeof decisionSchema>;

export interface StaffWallPostView {
  id: string;
  text: string;
  publishedText: string | null;
  status: (typeof POST_STATUSES)[number];
  promptId: string;
  promptText: string;
  districtName: string | null;
  meToo: number;
  createdAt: string;
  decidedAt: string | null;
  flags: { disclosure: boolean; personalDetails: string[] } | null;
  reason: string | null;
  /** The safety check run again when the list is built (today's word lists and the council's own words). */
  check: PostCheckView;
  /** Set when the same phone sent several posts within an hour of this one; never says which phone. */
  samePhone: SamePhoneView | null;
}

export interface PostCheckView {
  doubt: SafetyDoubt;
  /** What kinds of harm the words may be about (empty when the check gives none). */
  categories: SafetyCategory[];
}
/** From one phone, counted without naming it: posts within an hour either side of this one, and its posts still waiting. */
export interface SamePhoneView {
  withinHour: number;
  waiting: number;
}

export interface StaffWallPostPage {
  posts: StaffWallPostView[];
  /** Every post with this status, on all pages. */
  total: number;
  page: number;
  pageSize: number;
  order: 'oldest' | 'newest';
}

/** POST /api/v1/staff/wall/posts/:id/hide-phone: hides every post still waiting from the phone that sent this one. */
export interface HidePhoneResult {
  hidden: number;
}
