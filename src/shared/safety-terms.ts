// A council's own words for the safety check (local slang a safeguarding lead knows). Shared by the staff screens,
// the server and the phone, which receives them with its council so the check works the same offline.
import { z } from 'zod';
import { SAFETY_CATEGORIES, SAFETY_LANGUAGES } from './safety/categories';

export const safetyTermSchema = z.object({
  // Two letters at least: a shorter "word" would match inside ordinary words and flood the queue.
  term: z
    .string()
    .trim()
    .min(2)
    .max(60)
    .refine((s) => /\p{L}.*\p{L}/u.test(s), { message: 'must have at least two letters' }),
  category: z.enum(SAFETY_CATEGORIES),
  language: z.enum(SAFETY_LANGUAGES),
});
export type SafetyTerm = z.infer<typeof safetyTermSchema>;

export const safetyTermRecordSchema = safetyTermSchema.extend({
  id: z.string(),
  addedBy: z.string(),
  addedAt: z.string(),
});
export type SafetyTermRecord = z.infer<typeof safetyTermRecordSchema>;

export const safetyTermListSchema = z.object({ terms: z.array(safetyTermRecordSchema) });
export type SafetyTermList = z.infer<typeof safetyTermListSchema>;

export const safetyTermParamsSchema = z.object({ id: z.string().min(1).max(64) });
