// The languages Heard offers and how long free text may be. Kept apart from the zod schemas in text.ts (which
// re-exports these) so a young person's screen that only needs a limit does not download zod.

export const LANGUAGES = ['en', 'cy', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Longest free text a young person may send in one item. */
export const MAX_YOUNG_PERSON_TEXT = 500;
/** Longest staff-written text in one field. */
export const MAX_STAFF_TEXT = 5000;
