// Text that staff may provide in several languages. English is always there; others fall back to it.
import { z } from 'zod';

export const LANGUAGES = ['en', 'cy', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];
export const languageSchema = z.enum(LANGUAGES);

/** Longest free text a young person may send in one item. */
export const MAX_YOUNG_PERSON_TEXT = 500;
/** Longest staff-written text in one field. */
export const MAX_STAFF_TEXT = 5000;

export const localizedTextSchema = z.object({
  en: z.string().trim().min(1).max(MAX_STAFF_TEXT),
  cy: z.string().trim().min(1).max(MAX_STAFF_TEXT).optional(),
  ar: z.string().trim().min(1).max(MAX_STAFF_TEXT).optional(),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export { pickText } from './pick-text';
