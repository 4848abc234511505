// The safeguarding queue: what young people wrote that may be a disclosure of harm (wall posts and name ideas), never
// published, and what staff did about each — recorded in Heard so the queue shows what still needs someone to act.
import { z } from 'zod';
import { uuidSchema } from './ids';

export const SAFEGUARDING_KINDS = ['wall-post', 'poll-suggestion'] as const;
export type SafeguardingKind = (typeof SAFEGUARDING_KINDS)[number];

/** A member of staff records what they did (who they told, when), following the council's procedure. */
export const safeguardingActionSchema = z.object({
  kind: z.enum(SAFEGUARDING_KINDS),
  id: uuidSchema,
  note: z.string().trim().min(1, { message: 'say what you did' }).max(2000),
});
export type SafeguardingActionInput = z.infer<typeof safeguardingActionSchema>;

export const safeguardingActionViewSchema = z.object({ id: z.string(), at: z.string(), staffName: z.string(), note: z.string() });
export type SafeguardingActionView = z.infer<typeof safeguardingActionViewSchema>;

/** POST /api/v1/staff/safeguarding/actions → 201 */
export const safeguardingActionResultSchema = z.object({ action: safeguardingActionViewSchema });

export const safeguardingItemViewSchema = z.object({
  kind: z.enum(SAFEGUARDING_KINDS),
  id: z.string(),
  /** The young person's words, as written. */
  text: z.string(),
  /** Where they wrote it: the wall prompt or the poll question (English). */
  context: z.string(),
  districtName: z.string().nullable(),
  createdAt: z.string(),
  /** Oldest first. No actions yet: still waiting for someone to act. */
  actions: z.array(safeguardingActionViewSchema),
  /**
   * Set when the same phone sent several of this kind within an hour either side of this one (maybe a flood): how
   * many. Never says which phone. It is still here for a person to read: nothing in this queue is hidden in bulk.
   */
  samePhone: z.number().nullable(),
  /**
   * When the young person pressed "Take this back" on it. It stays here with its words (a safeguarding record keeps
   * them), and the person acting on it should know.
   */
  takenBackAt: z.string().nullable().optional(),
});
export type SafeguardingItemView = z.infer<typeof safeguardingItemViewSchema>;

/** GET /api/v1/staff/safeguarding?page=&pageSize=: waiting items first, each part newest first, never cut off. */
export const safeguardingListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
});
export type SafeguardingListQuery = z.infer<typeof safeguardingListQuerySchema>;

export const safeguardingPageSchema = z.object({
  items: z.array(safeguardingItemViewSchema),
  /** Every item in the queue, on all pages. */
  total: z.number(),
  /** Of those, how many still wait for someone to act (they come first). */
  waiting: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export type SafeguardingPage = z.infer<typeof safeguardingPageSchema>;
