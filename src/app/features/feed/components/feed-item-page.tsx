// One feed item's own screen: what young people said and what the council did, where, who, when, its whole timeline,
// and this phone's reaction. Shows loading until the phone has looked, and "not here" only after.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedItem } from '../../../../shared/feed';
import { useCouncil } from '../../../council/use-council';
import { Day } from '../../../ui/day';
import { Localized } from '../../../ui/localized';
import { ScreenTitle } from '../../../ui/read-aloud';
import { BackLink } from '../../../ui/kit/back-link';
import { lookAtFeed } from '../data/feed-data';
import { useFeedItem, useReactions } from '../data/use-feed';
import { pickAll, timeline } from '../model/feed-model';
import { Reactions } from './reactions';
import { StatusBadge } from './status-badge';

function BackToFeed() {
  const { t } = useTranslation('feed');
  return <BackLink href="/feed">{t('back')}</BackLink>;
}

export function FeedItemPage({ itemId }: { itemId: string }) {
  const { t } = useTranslation('feed');
  const item = useFeedItem(itemId);
  if (item === undefined) {
    return (
      <p className="loading" role="status">
        {t('loading')}
      </p>
    );
  }
  if (item === null) {
    return (
      <>
        <BackToFeed />
        <ScreenTitle>{t('title')}</ScreenTitle>
        <p>{t('itemMissing')}</p>
      </>
    );
  }
  return <FeedItemDetail item={item} />;
}

function FeedItemDetail({ item }: { item: FeedItem }) {
  const { t, i18n } = useTranslation('feed');
  const council = useCouncil();
  const reaction = useReactions().get(item.id) ?? null;
  const updates = timeline(item);
  const { fellBack } = pickAll([item.said, item.did, item.cantDoReason, ...updates.map((u) => u.text)], i18n.language);
  const districtName =
    item.districtId === null ? t('wholeCouncil') : (council?.districts.find((d) => d.id === item.districtId)?.name ?? t('oneArea'));
  const quotes = item.sources.filter((s) => s.quote);
  // Looking at it records it as seen; a mark that cannot be written only means it shows as new again next time.
  useEffect(() => {
    lookAtFeed([item]).catch(() => undefined);
  }, [item]);
  // The day it starts is only worth saying when it is not the day it was shared.
  const startsOtherDay = item.startOn && item.startOn.slice(0, 10) !== item.publishedAt.slice(0, 10);
  return (
    <div className="feed-item" data-status={item.status}>
      <BackToFeed />
      <p className="feed-item-top">
        <StatusBadge status={item.status} />
      </p>
      <p className="feed-label">{t('said')}</p>
      <ScreenTitle className="feed-said">
        <Localized text={item.said} />
      </ScreenTitle>
      {quotes.length > 0 && (
        <ul className="feed-quotes" aria-label={t('quotes')}>
          {quotes.map((q, i) => (
            <li key={`${q.kind}-${q.id}-${i}`}>
              <blockquote dir="auto">{q.quote}</blockquote>
            </li>
          ))}
        </ul>
      )}
      <h2 className="feed-label feed-did-label">{t('did')}</h2>
      <Localized as="p" className="feed-did" text={item.did} />
      {item.status === 'cant-do' && item.cantDoReason && (
        <div className="feed-cant-do">
          <h2 className="feed-label">{t('cantDoReason')}</h2>
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
        {startsOtherDay && item.startOn && (
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
          <h2>{t('timeline.title')}</h2>
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
    </div>
  );
}
