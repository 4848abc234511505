// Dates and times on the staff screens, in the reader's language. Times are the council's time (Europe/London), with
// GMT or BST after them, whatever time zone the reader's computer is set to: a due time or an audit entry must read the
// same for every member of staff.
import { useTranslation } from 'react-i18next';

/** Heard serves UK councils: English dates read the British way; the pseudo test language reads as English. */
export function dateLocale(lng: string): string {
  const base = lng.split('-')[0];
  return base === 'en' || base === 'pseudo' ? 'en-GB' : lng;
}

const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };

/** The date in the reader's language with these options, or the value as it came when it is not a date. */
function format(value: string, date: Date, lng: string, options: Intl.DateTimeFormatOptions): string {
  if (Number.isNaN(date.getTime())) return value;
  try {
    return new Intl.DateTimeFormat(dateLocale(lng), { ...DAY, ...options }).format(date);
  } catch {
    return value;
  }
}

/** "2026-11-03" or an ISO time → a date in the reader's language. Dates without a time are not shifted by time zones. */
export function formatDate(value: string | null | undefined, lng: string): string {
  if (!value) return '';
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  return format(value, new Date(dateOnly ? `${value}T00:00:00Z` : value), lng, dateOnly ? { timeZone: 'UTC' } : {});
}

/** An ISO time → "28 August 2026, 15:00 BST" in the reader's language, in the council's time (Europe/London). */
export function formatTime(value: string, lng: string): string {
  return format(value, new Date(value), lng, { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London', timeZoneName: 'short' });
}

/** formatDate in the language the staff member reads. */
export function useDate() {
  const { i18n } = useTranslation();
  return (value: string | null | undefined) => formatDate(value, i18n.language);
}
