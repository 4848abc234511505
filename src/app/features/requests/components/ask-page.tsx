// /help/ask/:offerItemId — "Ask my PA about this" from a local offer item: a question that reaches the leaving care
// team, carrying the item it is about, kept as a draft on this phone and sent like every request.
import { useTranslation } from 'react-i18next';
import { pickText } from '../../../../shared/pick-text';
import { BackLink } from '../../../ui/kit/back-link';
import { ScreenTitle } from '../../../ui/read-aloud';
import { useRoute } from '../../../ui/router';
import { useOfferItemTitle } from '../data/offer-item-title';
import { useRequestDraft } from '../data/request-drafts';
import { RequestForm } from './request-form';
import './requests.css';

export default function AskPage() {
  const offerItemId = decodeURIComponent(useRoute('/help/ask/:offerItemId')?.offerItemId ?? '');
  const { t, i18n } = useTranslation('requests');
  const title = useOfferItemTitle(offerItemId);
  const draft = useRequestDraft('question');
  const itemPage = `/offer/item/${encodeURIComponent(offerItemId)}`;
  const loading = title === undefined || draft === undefined;
  // A question half written about another item is not carried over to this one.
  const initial = draft && draft.answers.offerItemId === offerItemId ? draft : { step: 0, answers: { offerItemId } };
  return (
    <>
      <BackLink href={title ? itemPage : '/offer'}>{t('ask.back')}</BackLink>
      <ScreenTitle>{t('ask.title')}</ScreenTitle>
      {loading ? (
        <p className="loading" role="status">
          {t('loading')}
        </p>
      ) : title === null ? (
        <p>{t('ask.notFound')}</p>
      ) : (
        <>
          <p className="requests-hint" lang={pickText(title, i18n.language).translated ? undefined : 'en'}>
            {t('ask.about', { title: pickText(title, i18n.language).text })}
          </p>
          <RequestForm key={offerItemId} door="question" initial={initial} leave={itemPage} />
        </>
      )}
    </>
  );
}
