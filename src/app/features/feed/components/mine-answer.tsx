// A feed item answering one of the young person's own items: what was said and done, and the latest update.
import { useTranslation } from 'react-i18next';
import type { FeedItem as FeedItemRow } from '../../../../shared/feed';
import { Day } from '../../../ui/day';
import { Localized } from '../../../ui/localized';
import { Link } from '../../../ui/router';
import { latestUpdate, pickAll } from '../model/feed-model';
import { StatusBadge } from './status-badge';

export function MineAnswer({ item }: { item: FeedItemRow }) {
  const { t, i18n } = useTranslation('feed');
  const last = latestUpdate(item);
  const { fellBack } = pickAll([item.said, item.did, item.cantDoReason, last?.text], i18n.language);
  return (
    <div className="mine-answer">
      <p className="feed-item-top">
        <StatusBadge status={item.status} />
      </p>
      <p className="feed-label">{t('said')}</p>
      <Localized as="p" text={item.said} />
      <p className="feed-label">{t('did')}</p>
      <Localized as="p" text={item.did} />
      {item.status === 'cant-do' && item.cantDoReason && (
        <>
          <p className="feed-label">{t('cantDoReason')}</p>
          <Localized as="p" text={item.cantDoReason} />
        </>
      )}
      {last && (
        <div className="mine-latest">
          <p className="feed-label">
            {t('mine.latest')} <Day value={last.at} />
          </p>
          <Localized as="p" text={last.text} />
        </div>
      )}
      {fellBack && <p className="small feed-not-translated">{t('notTranslated')}</p>}
      <Link href={`/feed/${item.id}`}>{t('mine.seeInFeed')}</Link>
    </div>
  );
}
