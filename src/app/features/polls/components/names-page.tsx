// "What's in a name": vote on what the council should call things, once per phone, offline; suggest a new name.
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../ui/kit/empty-state';
import { ScreenTitle } from '../../../ui/read-aloud';
import { usePolls } from '../data/use-polls';
import { PollCard } from './poll-card';
import './polls.css';

export default function NamesPage() {
  const { t } = useTranslation('feed');
  const polls = usePolls();
  return (
    <>
      <ScreenTitle>{t('names.title')}</ScreenTitle>
      <p>{t('names.intro')}</p>
      {polls === undefined && (
        <p className="loading" role="status">
          {t('loading')}
        </p>
      )}
      {polls && polls.length === 0 && (
        <EmptyState art="polls">
          <p>{t('names.none')}</p>
        </EmptyState>
      )}
      <div className="polls">
        {polls?.map((p) => (
          <PollCard key={p.id} poll={p} />
        ))}
      </div>
    </>
  );
}
