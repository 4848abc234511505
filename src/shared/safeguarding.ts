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
  /** The member of staff it is given to (null: nobody yet). */
  assignedTo: z.object({ id: z.string(), name: z.string() }).nullable().optional(),
  /** When someone should have acted by: when it arrived plus the council's response time. */
  dueAt: z.string().optional(),
  /** Waited past dueAt with nothing done, so it went to the next named person: who, and when. */
  escalatedTo: z.object({ name: z.string(), at: z.string() }).nullable().optional(),
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

/** POST /api/v1/staff/safeguarding/assign: give an item to a member of the queue's team (null: to nobody). */
export const safeguardingAssignSchema = z.object({ kind: z.enum(SAFEGUARDING_KINDS), id: uuidSchema, staffId: uuidSchema.nullable() });
export type SafeguardingAssignInput = z.infer<typeof safeguardingAssignSchema>;
export const safeguardingAssignResultSchema = z.object({ assignedTo: z.object({ id: z.string(), name: z.string() }).nullable() });

/** GET /api/v1/staff/safeguarding/people: who an item may be given to or escalated to (the queue's team). */
export const safeguardingPeopleSchema = z.object({ people: z.array(z.object({ id: z.string(), name: z.string() })) });
export type SafeguardingPeople = z.infer<typeof safeguardingPeopleSchema>;

export const DEFAULT_RESPONSE_HOURS = 4;

/** PUT /api/v1/staff/safeguarding/settings (admin): "we act on safeguarding items within N hours", then who next. */
export const safeguardingSettingsInputSchema = z.object({
  respondWithinHours: z.number().int().min(1).max(72),
  /** In order: an item waiting past its due time goes to the first; still waiting another N hours, to the second… */
  escalateTo: z
    .array(uuidSchema)
    .max(10)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'name each person once' }),
});
export type SafeguardingSettingsInput = z.infer<typeof safeguardingSettingsInputSchema>;

export const safeguardingSettingsSchema = z.object({
  respondWithinHours: z.number(),
  escalateTo: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type SafeguardingSettings = z.infer<typeof safeguardingSettingsSchema>;
