// "What's in a name": polls on a term young people want to call something else.
import { z } from 'zod';
import { uuidSchema } from './ids';
import { localizedTextSchema, MAX_YOUNG_PERSON_TEXT } from './text';

export const pollOptionSchema = z.object({ id: z.string(), label: z.string(), votes: z.number().int().nonnegative() });
export const pollSchema = z.object({
  id: z.string(),
  /** The vocabulary key the poll is about, e.g. "contact". */
  term: z.string(),
  question: localizedTextSchema,
  open: z.boolean(),
  options: z.array(pollOptionSchema),
  adoptedOptionId: z.string().nullable(),
});
export type Poll = z.infer<typeof pollSchema>;

export const pollVotePayloadSchema = z.object({ pollId: uuidSchema, optionId: uuidSchema });
export type PollVotePayload = z.infer<typeof pollVotePayloadSchema>;

export const pollSuggestPayloadSchema = z.object({
  pollId: uuidSchema,
  label: z.string().trim().min(1).max(Math.min(60, MAX_YOUNG_PERSON_TEXT)),
  /** The phone's own safety check flagged the idea: the server then keeps it private whatever its own check says. */
  flaggedOnDevice: z.boolean().optional(),
});
export type PollSuggestPayload = z.infer<typeof pollSuggestPayloadSchema>;
