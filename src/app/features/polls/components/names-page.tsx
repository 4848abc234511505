// "What's in a name": vote on what the council should call things, once per phone, offline; suggest a new name.
import { useTranslation } from 'react-i18next';
import { Link } from '../../../ui/router';
import { usePolls } from '../data/use-polls';
import { PollCard } from './poll-card';
import './polls.css';

export default function NamesPage() {
  const { t } = useTranslation('feed');
  const polls = usePolls();
  return (
    <>
      <p>
        <Link href="/feed">{t('back')}</Link>
      </p>
      <h1 tabIndex={-1}>{t('names.title')}</h1>
      <p>{t('names.intro')}</p>
      {polls && polls.length === 0 && <p className="feed-empty">{t('names.none')}</p>}
      <div className="polls">
        {polls?.map((p) => (
          <PollCard key={p.id} poll={p} />
        ))}
      </div>
    </>
  );
}
