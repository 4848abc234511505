// /offer/category/:category — one topic's items, in the council's order.
import { useTranslation } from 'react-i18next';
import { OFFER_CATEGORIES, type OfferCategory } from '../../../../shared/offer';
import { BackLink } from '../../../ui/kit/back-link';
import { ScreenTitle } from '../../../ui/read-aloud';
import { useRoute } from '../../../ui/router';
import { useCategoryItems, useSeenVersions } from '../data/offer-data';
import { OfferCard } from './offer-card';
import './offer.css';

const isCategory = (c: string | undefined): c is OfferCategory => (OFFER_CATEGORIES as readonly string[]).includes(c ?? '');

export default function CategoryPage() {
  const category = useRoute('/offer/category/:category')?.category;
  const { t } = useTranslation('offer');
  if (!isCategory(category)) {
    return (
      <>
        <BackLink href="/offer">{t('back')}</BackLink>
        <ScreenTitle>{t('title')}</ScreenTitle>
        <p>{t('category.notFound')}</p>
      </>
    );
  }
  return <Category category={category} />;
}

function Category({ category }: { category: OfferCategory }) {
  const { t } = useTranslation('offer');
  const items = useCategoryItems(category);
  const seen = useSeenVersions();
  return (
    <>
      <BackLink href="/offer">{t('back')}</BackLink>
      <ScreenTitle>{t(`categories.${category}`)}</ScreenTitle>
      {!items && (
        <p className="loading" role="status">
          {t('loading')}
        </p>
      )}
      {items?.length === 0 && <p>{t('category.empty')}</p>}
      {items && items.length > 0 && (
        <ul className="offer-list">
          {items.map((item) => (
            <OfferCard key={item.id} item={item} seen={seen} />
          ))}
        </ul>
      )}
    </>
  );
}
