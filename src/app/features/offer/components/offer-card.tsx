// One item in a list: its title (a link to it), its summary, its amount, "Changed" when it changed since this phone
// last showed it, and, on the "for me" list, why it is for them.
import { useTranslation } from 'react-i18next';
import type { OfferItem } from '../../../../shared/offer';
import { pickText } from '../../../../shared/pick-text';
import { CardLink } from '../../../ui/kit/card';
import type { ForMe } from '../model/for-me';
import { isChanged } from '../model/offer-list';
import { AmountText } from './amount';
import { CATEGORY_SYMBOL } from './category-symbols';
import { Reasons } from './reasons';

export function OfferCard({ item, seen, forMe }: { item: OfferItem; seen: ReadonlyMap<string, number>; forMe?: ForMe }) {
  const { t, i18n } = useTranslation('offer');
  const changed = isChanged(item, seen.get(item.id));
  const title = pickText(item.title, i18n.language);
  const summary = pickText(item.summary, i18n.language);
  return (
    <li className="offer-entry">
      <CardLink
        href={`/offer/item/${encodeURIComponent(item.id)}`}
        symbol={CATEGORY_SYMBOL[item.category]}
        title={
          <span lang={title.translated ? undefined : 'en'} dir="auto">
            {title.text}
          </span>
        }
        badge={changed ? <span className="offer-badge">{t('item.changed')}</span> : undefined}
        text={
          <>
            <span lang={summary.translated ? undefined : 'en'} dir="auto">
              {summary.text}
            </span>
            {item.amount && (
              <span className="offer-card-amount">
                {' '}
                <AmountText amount={item.amount} />
              </span>
            )}
          </>
        }
      />
      {forMe && <Reasons forMe={forMe} />}
    </li>
  );
}
