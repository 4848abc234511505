// The statutory checks, each in the reader's language, with a link to the item it is about (or to a new item in the
// category that has none).
import { useTranslation } from 'react-i18next';
import type { OfferCheck, StaffOfferItem } from '../../../../shared/offer-staff';
import { Link } from '../../../ui/router';
import { formatPence } from './model/describe-value';

export function CheckList({ checks, items }: { checks: readonly OfferCheck[]; items: readonly StaffOfferItem[] }) {
  const { t } = useTranslation('offer-staff');
  return (
    <ul className="offer-plain-list offer-checks">
      {checks.map((c, i) => {
        const item = c.itemId ? items.find((it) => it.id === c.itemId) : undefined;
        const category = c.category ? t(`categories.${c.category}`) : '';
        return (
          <li key={`${c.code}-${c.itemId ?? c.category ?? i}`}>
            <span className="staff-flag staff-flag-harm">{t(`checks.codes.${c.code}`, { category })}</span>{' '}
            {c.code === 'setting-up-home-below-minimum' && item && (
              <>{item.fields.amount ? t('checks.amountNow', { amount: formatPence(item.fields.amount.pence) }) : t('checks.noAmount')} </>
            )}
            {c.itemId && (
              <Link href={`/staff/offer/${encodeURIComponent(c.itemId)}`}>{t('checks.openItem', { title: item?.fields.title.en ?? c.itemId })}</Link>
            )}
            {!c.itemId && c.category && <Link href={`/staff/offer/new?category=${c.category}`}>{t('checks.addItem', { category })}</Link>}
          </li>
        );
      })}
    </ul>
  );
}
