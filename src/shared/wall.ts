// Graffiti wall: prompts set by staff, posts written by young people, published only after a person approves.
import { z } from 'zod';
import { optionalRefSchema, uuidSchema } from './ids';
import { localizedTextSchema, MAX_YOUNG_PERSON_TEXT } from './text';

export const PROMPT_KINDS = ['yes-more', 'no-more', 'starter'] as const;
export type PromptKind = (typeof PROMPT_KINDS)[number];

export const wallPromptSchema = z.object({
  id: z.string(),
  kind: z.enum(PROMPT_KINDS),
  text: localizedTextSchema,
  districtId: z.string().nullable(),
  open: z.boolean(),
  sortOrder: z.number().int(),
});
export type WallPrompt = z.infer<typeof wallPromptSchema>;

/** A published post as every device in the council sees it: no device, no original text. */
export const wallPostSchema = z.object({
  id: z.string(),
  promptId: z.string(),
  text: z.string(),
  districtId: z.string().nullable(),
  meToo: z.number().int().nonnegative(),
  publishedAt: z.string(),
});
export type WallPost = z.infer<typeof wallPostSchema>;

export const POST_STATUSES = ['pending', 'published', 'hidden', 'safeguarding'] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

export const wallPostPayloadSchema = z.object({
  promptId: z.string().min(1).max(64),
  text: z.string().trim().min(1, { message: 'write something first' }).max(MAX_YOUNG_PERSON_TEXT),
  districtId: optionalRefSchema.optional(),
  /** The phone's own safety check flagged the words: the server then keeps them private whatever its own check says. */
  flaggedOnDevice: z.boolean().optional(),
});
export type WallPostPayload = z.infer<typeof wallPostPayloadSchema>;

export const wallMeTooPayloadSchema = z.object({ postId: uuidSchema });
export type WallMeTooPayload = z.infer<typeof wallMeTooPayloadSchema>;
