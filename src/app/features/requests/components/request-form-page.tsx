// /help/new/:door — the form for one door, carrying on from the draft kept on this phone.
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../../ui/kit/back-link';
import { ScreenTitle } from '../../../ui/read-aloud';
import { useRoute } from '../../../ui/router';
import { useRequestDraft } from '../data/request-drafts';
import { isDoor, type Door } from '../model/request-form';
import { RequestForm } from './request-form';
import './requests.css';

export default function RequestFormPage() {
  const door = useRoute('/help/new/:door')?.door;
  const { t } = useTranslation('requests');
  if (!isDoor(door)) {
    return (
      <>
        <BackLink href="/help">{t('back')}</BackLink>
        <ScreenTitle>{t('title')}</ScreenTitle>
      </>
    );
  }
  return <DoorForm door={door} />;
}

function DoorForm({ door }: { door: Door }) {
  const { t } = useTranslation('requests');
  const draft = useRequestDraft(door);
  return (
    <>
      <BackLink href="/help">{t('back')}</BackLink>
      <ScreenTitle>{t(`doors.${door}.title`)}</ScreenTitle>
      {draft === undefined ? (
        <p className="loading" role="status">
          {t('loading')}
        </p>
      ) : (
        <RequestForm door={door} initial={draft} />
      )}
    </>
  );
}
