// The device's own things and where each one has got to. One model for posts, poll suggestions and (later) requests.
import { z } from 'zod';
import { uuidSchema } from './ids';
import { requestViewSchema } from './requests/request';

export const MY_ITEM_KINDS = ['wall-post', 'poll-suggestion', 'request'] as const;
export type MyItemKind = (typeof MY_ITEM_KINDS)[number];

/**
 * The server-side journey. On the device an item is also 'not-sent' (in the outbox) or 'rejected' before this.
 * kept-private: held back from the wall (safeguarding or personal details); reasonCode says why, in kind words.
 */
export const MY_ITEM_STATES = ['delivered', 'published', 'kept-private', 'themed', 'answered'] as const;
export type MyItemState = (typeof MY_ITEM_STATES)[number];

export const KEPT_PRIVATE_REASONS = ['safeguarding', 'personal-details', 'not-suitable'] as const;
export type KeptPrivateReason = (typeof KEPT_PRIVATE_REASONS)[number];

export const myItemSchema = z.object({
  /** Same id as the op that created it (so the device can match it to its outbox row). */
  id: z.string(),
  kind: z.enum(MY_ITEM_KINDS),
  state: z.enum(MY_ITEM_STATES),
  reason: z.enum(KEPT_PRIVATE_REASONS).nullable(),
  themeIds: z.array(z.string()),
  feedItemIds: z.array(z.string()),
  updatedAt: z.string(),
  /**
   * Kept private for safeguarding, and a member of staff has recorded what they did about it: the phone may now say
   * that a person has read it (never what they did). Optional fields, so older phones still read the pull.
   */
  seenByPerson: z.boolean().optional(),
  /** The young person took it back (`item.withdraw`): off the wall, out of quotes and staff lists. */
  withdrawn: z.boolean().optional(),
  /** For kind 'request': where it is (reference, stage, due dates, messages). */
  request: requestViewSchema.optional(),
});
export type MyItem = z.infer<typeof myItemSchema>;

/**
 * `item.withdraw { itemId }`: "take this back". itemId is the phone's own item id (the id of the op that made the post
 * or name idea). Idempotent; another phone's item is 'not-found', exactly like an item that does not exist.
 */
export const itemWithdrawPayloadSchema = z.object({ itemId: uuidSchema });
export type ItemWithdrawPayload = z.infer<typeof itemWithdrawPayloadSchema>;
