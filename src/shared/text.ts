// Text that staff may provide in several languages. English is always there; others fall back to it.
import { z } from 'zod';
import { LANGUAGES, MAX_STAFF_TEXT } from './text-limits';

export { LANGUAGES, MAX_STAFF_TEXT, MAX_YOUNG_PERSON_TEXT, type Language } from './text-limits';
export const languageSchema = z.enum(LANGUAGES);

export const localizedTextSchema = z.object({
  en: z.string().trim().min(1).max(MAX_STAFF_TEXT),
  cy: z.string().trim().min(1).max(MAX_STAFF_TEXT).optional(),
  ar: z.string().trim().min(1).max(MAX_STAFF_TEXT).optional(),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export { pickText } from './pick-text';
