// Choosing staff-written text for a language. Kept apart from the zod schemas in text.ts so the young person's first
// screen (the "I don't feel safe" help uses it) does not download zod.
import type { Language, LocalizedText } from './text';

/** Picks the text for a language; `translated` is false when it fell back to English. */
export function pickText(text: LocalizedText, lng: string): { text: string; translated: boolean } {
  const base = lng.split('-')[0] as Language;
  const found = base === 'en' ? text.en : text[base];
  return found ? { text: found, translated: true } : { text: text.en, translated: base === 'en' };
}
