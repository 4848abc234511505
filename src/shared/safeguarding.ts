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

export interface SafeguardingActionView {
  id: string;
  at: string;
  staffName: string;
  note: string;
}

export interface SafeguardingItemView {
  kind: SafeguardingKind;
  id: string;
  /** The young person's words, as written. */
  text: string;
  /** Where they wrote it: the wall prompt or the poll question (English). */
  context: string;
  districtName: string | null;
  createdAt: string;
  /** Oldest first. No actions yet: still waiting for someone to act. */
  actions: SafeguardingActionView[];
  /**
   * Set when the same phone sent several of this kind within an hour either side of this one (maybe a flood): how
   * many. Never says which phone. It is still here for a person to read: nothing in this queue is hidden in bulk.
   */
  samePhone: number | null;
  /**
   * When the young person pressed "Take this back" on it. It stays here with its words (a safeguarding record keeps
   * them), and the person acting on it should know.
   */
  takenBackAt?: string | null;
}

/** GET /api/v1/staff/safeguarding?page=&pageSize=: waiting items first, each part newest first, never cut off. */
export const safeguardingListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
});
export type SafeguardingListQuery = z.infer<typeof safeguardingListQuerySchema>;

export interface SafeguardingPage {
  items: SafeguardingItemView[];
  /** Every item in the queue, on all pages. */
  total: number;
  /** Of those, how many still wait for someone to act (they come first). */
  waiting: number;
  page: number;
  pageSize: number;
}
