// One feed item in the list, compact: how it's going (with its symbol), what young people said, one date, and a link
// to its own screen with everything else.
import { useTranslation } from 'react-i18next';
import type { FeedItem } from '../../../../shared/feed';
import { pickText } from '../../../../shared/text';
import { Day } from '../../../ui/day';
import { ReadAloud } from '../../../ui/read-aloud';
import { Link } from '../../../ui/router';
import type { SeenMark } from '../model/feed-model';
import { StatusBadge } from './status-badge';

export function FeedItemCard({ item, mark }: { item: FeedItem; mark: SeenMark }) {
  const { t, i18n } = useTranslation('feed');
  const headingId = `feed-item-${item.id}-said`;
  const said = pickText(item.said, i18n.language);
  const lang = said.translated ? undefined : 'en';
  // One date: when it last changed (its latest update, or when it was shared).
  const updated = item.updatedAt > item.publishedAt;
  return (
    <article className="feed-card" id={`feed-item-${item.id}`} aria-labelledby={headingId} data-status={item.status}>
      <div className="feed-item-top">
        <StatusBadge status={item.status} />
        {mark && <span className={`feed-mark feed-mark-${mark}`}>{t(`mark.${mark}`)}</span>}
      </div>
      <div className="feed-card-main">
        <h2 id={headingId} className="feed-card-title">
          <Link href={`/feed/${item.id}`} lang={lang} dir="auto">
            <span className="visually-hidden">{t('said')}: </span>
            {said.text}
          </Link>
        </h2>
        <ReadAloud text={said.text} lang={lang} label={t('common:readAloud.choice', { text: said.text })} />
      </div>
      <p className="feed-card-date small">
        {t(updated ? 'dates.updated' : 'dates.shared')} <Day value={updated ? item.updatedAt : item.publishedAt} />
      </p>
    </article>
  );
}
