// The staff wall API: prompts and the moderation of posts.
import { z } from 'zod';
import { optionalRefSchema } from './ids';
import type { SafetyDoubt } from './safety/assess-text';
import { SAFETY_CATEGORIES } from './safety/categories';
import { localizedTextSchema, MAX_YOUNG_PERSON_TEXT } from './text';
import { POST_STATUSES, PROMPT_KINDS, wallPromptSchema } from './wall';

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

const SAFETY_DOUBTS = ['none', 'possible', 'likely'] as const satisfies readonly SafetyDoubt[];

/** The staff's answer to a decision on a post. */
export const decisionResultSchema = z.object({ id: z.string(), status: z.enum(POST_STATUSES) });
export type DecisionResult = z.infer<typeof decisionResultSchema>;

export const postCheckViewSchema = z.object({
  doubt: z.enum(SAFETY_DOUBTS),
  /** What kinds of harm the words may be about (empty when the check gives none). */
  categories: z.array(z.enum(SAFETY_CATEGORIES)),
});
export type PostCheckView = z.infer<typeof postCheckViewSchema>;

/** From one phone, counted without naming it: posts within an hour either side of this one, and its posts still waiting. */
export const samePhoneViewSchema = z.object({ withinHour: z.number(), waiting: z.number() });
export type SamePhoneView = z.infer<typeof samePhoneViewSchema>;

export const staffWallPostViewSchema = z.object({
  id: z.string(),
  text: z.string(),
  publishedText: z.string().nullable(),
  status: z.enum(POST_STATUSES),
  promptId: z.string(),
  promptText: z.string(),
  districtName: z.string().nullable(),
  meToo: z.number(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  flags: z.object({ disclosure: z.boolean(), personalDetails: z.array(z.string()) }).nullable(),
  reason: z.string().nullable(),
  /** The safety check run again when the list is built (today's word lists and the council's own words). */
  check: postCheckViewSchema,
  /** Set when the same phone sent several posts within an hour of this one; never says which phone. */
  samePhone: samePhoneViewSchema.nullable(),
});
export type StaffWallPostView = z.infer<typeof staffWallPostViewSchema>;

/** GET /api/v1/staff/wall/posts: one page of posts with one status. */
export const staffWallPostPageSchema = z.object({
  posts: z.array(staffWallPostViewSchema),
  /** Every post with this status, on all pages. */
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  order: z.enum(['oldest', 'newest']),
});
export type StaffWallPostPage = z.infer<typeof staffWallPostPageSchema>;

/** POST /api/v1/staff/wall/posts/:id/hide-phone: hides every post still waiting from the phone that sent this one. */
export const hidePhoneResultSchema = z.object({ hidden: z.number() });
export type HidePhoneResult = z.infer<typeof hidePhoneResultSchema>;

/** GET /api/v1/staff/wall/prompts */
export const promptListSchema = z.object({ prompts: z.array(wallPromptSchema) });
