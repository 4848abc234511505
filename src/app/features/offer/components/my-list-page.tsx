// /offer/my-list — what the young person saved, newest first; kept on this phone only.
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../../ui/kit/back-link';
import { ScreenTitle } from '../../../ui/read-aloud';
import { useOfferItems, useSavedIds, useSeenVersions } from '../data/offer-data';
import { OfferCard } from './offer-card';
import { RemoveButton } from './save-button';
import './offer.css';

export default function MyListPage() {
  const { t } = useTranslation('offer');
  const ids = useSavedIds();
  const items = useOfferItems();
  const seen = useSeenVersions();
  const byId = new Map((items ?? []).map((i) => [i.id, i]));
  return (
    <>
      <BackLink href="/offer">{t('back')}</BackLink>
      <ScreenTitle>{t('myList.title')}</ScreenTitle>
      {(!ids || !items) && (
        <p className="loading" role="status">
          {t('loading')}
        </p>
      )}
      {ids?.length === 0 && <p>{t('myList.empty')}</p>}
      {ids && items && ids.length > 0 && (
        <ul className="offer-list">
          {ids.map((id) => {
            const item = byId.get(id);
            return item ? (
              <OfferCard key={id} item={item} seen={seen} />
            ) : (
              // Retired by the council since it was saved: said so, and it can be taken off the list.
              <li key={id} className="offer-entry offer-gone">
                <p>{t('myList.gone')}</p>
                <RemoveButton id={id} />
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
