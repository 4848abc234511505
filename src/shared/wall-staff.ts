// The staff wall API: prompts and the moderation of posts.
import { z } from 'zod';
import { optionalRefSchema } from './ids';
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
export const postListQuerySchema = z.object({ status: z.enum(['pending', 'published', 'hidden']).default('pending') });

export const HIDE_CATEGORIES = ['personal-details', 'not-suitable'] as const;
export const decisionSchema = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('approve'),
    /** The post with personal details removed; omitted = as written. */
    text: z.string().trim().min(1).max(MAX_YOUNG_PERSON_TEXT).optional(),
    /** A person confirms they checked flagged personal details. */
    confirmNoDetails: z.boolean().default(false),
  }),
  z.object({
    action: z.literal('hide'),
    reason: z.string().trim().min(1, { message: 'give a reason' }).max(500),
    category: z.enum(HIDE_CATEGORIES).default('not-suitable'),
  }),
  z.object({ action: z.literal('safeguarding'), reason: z.string().trim().min(1, { message: 'give a reason' }).max(500) }),
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
}
