// The offer as lists: in the council's order, "changed since you last looked", and amounts in pounds.
import type { OfferItem } from '../../../../shared/offer';

/**
 * Changed since you last looked: this phone showed an earlier version. An item never opened here is not "changed"
 * (on the first sync everything would be), it is simply there to find.
 */
export const isChanged = (item: Pick<OfferItem, 'version'>, seenVersion: number | undefined): boolean =>
  seenVersion !== undefined && item.version > seenVersion;

/** The council's order (sortOrder), then by id so the order never jumps. */
export const inOrder = <T extends Pick<OfferItem, 'sortOrder' | 'id'>>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => a.sortOrder - b.sortOrder || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** £3,000 or £12.50, in the language's own way of writing numbers (Arabic digits in Arabic). */
export function formatPounds(pence: number, language: string): string {
  const whole = pence % 100 === 0;
  const locale = language === 'pseudo' ? 'en-GB' : `${language.split('-')[0]}-GB`;
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'GBP',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(pence / 100);
}
