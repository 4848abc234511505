// "What's in a name": polls on a term young people want to call something else.
import { z } from 'zod';
import { uuidSchema } from './ids';
import { localizedTextSchema, MAX_YOUNG_PERSON_TEXT } from './text';

/** Staff's Welsh and Arabic wording of an option; the label itself is the words as first written. */
export const pollOptionTranslationsSchema = z.object({ cy: z.string().optional(), ar: z.string().optional() });
export type PollOptionTranslations = z.infer<typeof pollOptionTranslationsSchema>;

export const pollOptionSchema = z.object({
  id: z.string(),
  label: z.string(),
  votes: z.number().int().nonnegative(),
  /** Sent only when staff gave some (older phones drop it and show the label). */
  translations: pollOptionTranslationsSchema.optional(),
});
export type PollOption = z.infer<typeof pollOptionSchema>;
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
