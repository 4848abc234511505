// Staff-written text as typed into three fields, and as the shared contracts carry it (English required, empty
// translations left out).
import type { LocalizedText } from '../../../shared/text';

/** One text in English (required) with optional Welsh and Arabic, as typed. */
export interface LocalizedInput {
  en: string;
  cy: string;
  ar: string;
}
export const emptyText = (): LocalizedInput => ({ en: '', cy: '', ar: '' });

/** Trimmed text with empty translations left out; null when there is no English. */
export function toLocalized(input: LocalizedInput): LocalizedText | null {
  const en = input.en.trim();
  if (!en) return null;
  const cy = input.cy.trim();
  const ar = input.ar.trim();
  return { en, ...(cy ? { cy } : {}), ...(ar ? { ar } : {}) };
}
export function fromLocalized(text: LocalizedText | null | undefined): LocalizedInput {
  return { en: text?.en ?? '', cy: text?.cy ?? '', ar: text?.ar ?? '' };
}
