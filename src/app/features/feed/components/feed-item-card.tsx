// One feed item: what was said and done, where, who, when, its whole timeline, and this phone's reaction.
import { useTranslation } from 'react-i18next';
import type { District } from '../../../../shared/council';
import type { FeedItem, Reaction } from '../../../../shared/feed';
import { Day } from '../../../ui/day';
import { Localized } from '../../../ui/localized';
import { pickAll, timeline, type SeenMark } from '../model/feed-model';
import { Reactions } from './reactions';
import { StatusBadge } from './status-badge';

export function FeedItemCard({
  item,
  districts,
  mark,
  reaction,
}: {
  item: FeedItem;
  districts: readonly District[];
  mark: SeenMark;
  reaction: Reaction | null;
}) {
  const { t, i18n } = useTranslation('feed');
  const headingId = `feed-item-${item.id}-said`;
  const updates = timeline(item);
  const { fellBack } = pickAll([item.said, item.did, item.cantDoReason, ...updates.map((u) => u.text)], i18n.language);
  const districtName = item.districtId === null ? t('wholeCouncil') : (districts.find((d) => d.id === item.districtId)?.name ?? t('oneArea'));
  const quotes = item.sources.filter((s) => s.quote);

  return (
    <article className="feed-item" id={`feed-item-${item.id}`} aria-labelledby={headingId} data-status={item.status}>
      <div className="feed-item-top">
        <StatusBadge status={item.status} />
        {mark && <span className={`feed-mark feed-mark-${mark}`}>{t(`mark.${mark}`)}</span>}
      </div>
      <h2 id={headingId} className="feed-said">
        <span className="feed-label">{t('said')}</span> <Localized text={item.said} />
      </h2>
      {quotes.length > 0 && (
        <ul className="feed-quotes" aria-label={t('quotes')}>
          {quotes.map((q, i) => (
            <li key={`${q.kind}-${q.id}-${i}`}>
              <blockquote dir="auto">{q.quote}</blockquote>
            </li>
          ))}
        </ul>
      )}
      <p className="feed-label feed-did-label">{t('did')}</p>
      <Localized as="p" className="feed-did" text={item.did} />
      {item.status === 'cant-do' && item.cantDoReason && (
        <div className="feed-cant-do">
          <p className="feed-label">{t('cantDoReason')}</p>
          <Localized as="p" text={item.cantDoReason} />
        </div>
      )}
      <dl className="feed-facts">
        <div>
          <dt>{t('where')}</dt>
          <dd>{districtName}</dd>
        </div>
        <div>
          <dt>{t('who')}</dt>
          <dd dir="auto">{item.responsible}</dd>
        </div>
        <div>
          <dt>{t('dates.shared')}</dt>
          <dd>
            <Day value={item.publishedAt} />
          </dd>
        </div>
        {item.startOn && (
          <div>
            <dt>{t('dates.start')}</dt>
            <dd>
              <Day value={item.startOn} />
            </dd>
          </div>
        )}
        {item.dueOn && (
          <div>
            <dt>{t('dates.due')}</dt>
            <dd>
              <Day value={item.dueOn} />
            </dd>
          </div>
        )}
      </dl>
      {updates.length > 0 && (
        <div className="feed-timeline">
          <h3 id={`${headingId}-updates`}>{t('timeline.title')}</h3>
          <ol>
            {updates.map((u) => (
              <li key={u.id} className="feed-update">
                <p className="feed-update-head">
                  <Day value={u.at} /> <StatusBadge status={u.status} />
                </p>
                <Localized as="p" text={u.text} />
              </li>
            ))}
          </ol>
        </div>
      )}
      {fellBack && <p className="small feed-not-translated">{t('notTranslated')}</p>}
      <Reactions itemId={item.id} reaction={reaction} />
    </article>
  );
}
