// A date in the young person's language, as a <time>.
import { useTranslation } from 'react-i18next';
import { formatDay } from './format-day';

export function Day({ value }: { value: string }) {
  const { i18n } = useTranslation();
  return <time dateTime={value}>{formatDay(value, i18n.language)}</time>;
}
