// Numbers on the results screens, in the reader's language: a suppressed count reads "fewer than 5", never 0.
import { useTranslation } from 'react-i18next';
import { SUPPRESS_UNDER } from '../../../../shared/survey/results';
import { pickText } from '../../../../shared/pick-text';
import type { LocalizedText } from '../../../../shared/text';
import { dateLocale } from '../../../ui/staff/dates';

export function useFigures() {
  const { t, i18n } = useTranslation('survey-results');
  const locale = dateLocale(i18n.language);
  const whole = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const monthName = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return {
    /** A count; null is a suppressed one. */
    count: (n: number | null) => (n === null ? t('fewer', { n: SUPPRESS_UNDER }) : whole.format(n)),
    /** A share 0–1; null is suppressed or not known (`missing` says which). */
    share: (s: number | null, missing: 'suppressed' | 'unknown' = 'suppressed') =>
      s === null ? (missing === 'suppressed' ? t('suppressed', { n: SUPPRESS_UNDER }) : t('unknown')) : percent.format(s),
    mean: (m: number) => decimal.format(m),
    /** 'YYYY-MM' → "November 2026". */
    month: (m: string) => (/^\d{4}-\d{2}$/.test(m) ? monthName.format(new Date(`${m}-01T00:00:00Z`)) : m),
    /** Survey words in the reader's language (English when a language is missing). */
    words: (w: LocalizedText) => pickText(w, i18n.language).text,
  };
}
export type Figures = ReturnType<typeof useFigures>;
