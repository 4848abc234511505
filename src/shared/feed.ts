// "You said, we did": themes group what young people said; feed items say what the council did about it.
import { z } from 'zod';
import { uuidSchema } from './ids';
import { localizedTextSchema } from './text';

export const FEED_STATUSES = ['planned', 'in-progress', 'done', 'cant-do'] as const;
export type FeedStatus = (typeof FEED_STATUSES)[number];

/**
 * What a feed item can cite. `survey-question` cites a "How's life?" finding published to young people (its id is the
 * finding's; the finding names the questions it is about). Request themes arrive with their feature.
 */
export const SOURCE_KINDS = ['theme', 'post', 'poll', 'survey-question', 'request-theme'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const feedSourceSchema = z.object({
  kind: z.enum(SOURCE_KINDS),
  id: z.string().min(1).max(64),
  /** An approved post's words quoted in the item, if staff chose to. */
  quote: z.string().trim().min(1).max(500).optional(),
  /**
   * Set by the server only: the cited words were withdrawn (moved to safeguarding, or taken back by the young person),
   * so there is no quote any more. Ignored when staff send sources.
   */
  withdrawn: z.literal(true).optional(),
});
export type FeedSource = z.infer<typeof feedSourceSchema>;

export const feedUpdateSchema = z.object({
  id: z.string(),
  at: z.string(),
  status: z.enum(FEED_STATUSES),
  text: localizedTextSchema,
});
export type FeedUpdate = z.infer<typeof feedUpdateSchema>;

export const feedItemSchema = z.object({
  id: z.string(),
  said: localizedTextSchema,
  did: localizedTextSchema,
  status: z.enum(FEED_STATUSES),
  cantDoReason: localizedTextSchema.nullable(),
  districtId: z.string().nullable(),
  responsible: z.string(),
  startOn: z.string().nullable(),
  dueOn: z.string().nullable(),
  publishedAt: z.string(),
  updatedAt: z.string(),
  updates: z.array(feedUpdateSchema),
  sources: z.array(feedSourceSchema),
});
export type FeedItem = z.infer<typeof feedItemSchema>;

export const themeSchema = z.object({ id: z.string(), title: localizedTextSchema });
export type Theme = z.infer<typeof themeSchema>;

export const REACTIONS = ['helps', 'not-enough'] as const;
export type Reaction = (typeof REACTIONS)[number];
export const feedReactPayloadSchema = z.object({ itemId: uuidSchema, reaction: z.enum(REACTIONS) });
export type FeedReactPayload = z.infer<typeof feedReactPayloadSchema>;
