// An amount as the young person reads it: "£3,000, paid once", "£60 a month".
import { useTranslation } from 'react-i18next';
import type { OfferAmount } from '../../../../shared/offer';
import { formatPounds } from '../model/offer-list';

export function AmountText({ amount }: { amount: OfferAmount }) {
  const { t, i18n } = useTranslation('offer');
  return <>{t(`item.per.${amount.per}`, { amount: formatPounds(amount.pence, i18n.language) })}</>;
}
