// The kinds of harm the safety check looks for. Staff see the category of each match; the phone only uses
// whether there was a disclosure at all.

export const SAFETY_CATEGORIES = [
  'physical-harm',
  'sexual-harm',
  'self-harm',
  'suicide',
  'neglect',
  'running-away',
  'criminal-exploitation',
  'feeling-unsafe',
] as const;

export type SafetyCategory = (typeof SAFETY_CATEGORIES)[number];

export const SAFETY_LANGUAGES = ['en', 'cy', 'ar'] as const;
export type SafetyLanguage = (typeof SAFETY_LANGUAGES)[number];

export function isSafetyCategory(value: unknown): value is SafetyCategory {
  return typeof value === 'string' && (SAFETY_CATEGORIES as readonly string[]).includes(value);
}
