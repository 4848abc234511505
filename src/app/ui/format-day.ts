// Dates for people: one day, in the young person's language.

/** Formats a date (ISO date-time, or a plain YYYY-MM-DD day) in the young person's language. */
export function formatDay(value: string, lng: string): string {
  const plainDay = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(plainDay ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  const locale = lng === 'pseudo' ? 'en-GB' : lng === 'en' ? 'en-GB' : lng;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', ...(plainDay ? { timeZone: 'UTC' } : {}) }).format(date);
}
