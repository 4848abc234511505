// Dates for people: one day, in the young person's language, through Intl. Some browsers' Intl has no Welsh (Chromium
// answers "March 2, 2026" for `cy`), so Welsh days are then written from Heard's own month names. Arabic digits are
// the Western ones on every phone (the same as in phone numbers and in the council's words).

const WELSH_MONTHS = [
  'Ionawr',
  'Chwefror',
  'Mawrth',
  'Ebrill',
  'Mai',
  'Mehefin',
  'Gorffennaf',
  'Awst',
  'Medi',
  'Hydref',
  'Tachwedd',
  'Rhagfyr',
] as const;

/** Whether this platform's Intl really has `locale` (not a silent fall back to its default). */
export function intlHas(locale: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;
  } catch {
    return false;
  }
}

const INTL_LOCALE: Record<string, string> = { en: 'en-GB', pseudo: 'en-GB', cy: 'cy-GB', ar: 'ar-u-nu-latn' };

/**
 * Formats a date (ISO date-time, or a plain YYYY-MM-DD day) in the young person's language. `hasLocale` is for tests:
 * it stands in for the platform's Intl.
 */
export function formatDay(value: string, lng: string, hasLocale: (locale: string) => boolean = intlHas): string {
  const plainDay = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(plainDay ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  const base = lng.split('-')[0] ?? lng;
  if (base === 'cy' && !hasLocale('cy')) {
    const [day, month, year] = plainDay
      ? [date.getUTCDate(), date.getUTCMonth(), date.getUTCFullYear()]
      : [date.getDate(), date.getMonth(), date.getFullYear()];
    return `${day} ${WELSH_MONTHS[month] ?? ''} ${year}`;
  }
  const locale = INTL_LOCALE[base] ?? base;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', ...(plainDay ? { timeZone: 'UTC' } : {}) }).format(date);
}
