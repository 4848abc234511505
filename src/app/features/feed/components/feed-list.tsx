// The council's feed, offline: newest first, compact cards that open to their own screen, filters folded away.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCouncil } from '../../../council/use-council';
import { EmptyState } from '../../../ui/kit/empty-state';
import { PollsSymbol, SendSymbol } from '../../../ui/icons';
import { ScreenTitle } from '../../../ui/read-aloud';
import { Link } from '../../../ui/router';
import { lookAtFeed } from '../data/feed-data';
import { useFeedItems } from '../data/use-feed';
import { filterFeed, mergeSeen, seenMark, type DistrictFilter, type SeenSnapshot, type StatusFilter } from '../model/feed-model';
import { FeedFilters } from './feed-filters';
import { FeedItemCard } from './feed-item-card';

export function FeedList() {
  const { t } = useTranslation('feed');
  const items = useFeedItems();
  const council = useCouncil();
  const [district, setDistrict] = useState<DistrictFilter>('all');
  const [status, setStatus] = useState<StatusFilter>('all');
  const [snapshot, setSnapshot] = useState<SeenSnapshot | null>(null);
  const shown = useMemo(() => filterFeed(items ?? [], district, status), [items, district, status]);
  const districts = council?.districts ?? [];

  // Looking at the items records them as seen; the marks stay as they were for the rest of this visit.
  useEffect(() => {
    if (shown.length === 0) return;
    let live = true;
    const ids = shown.map((i) => i.id);
    // A seen mark that cannot be written (storage closed or full) only means the mark shows again next time.
    lookAtFeed(shown).then(
      (before) => {
        if (live) setSnapshot((prev) => mergeSeen(prev, before, ids));
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [shown]);

  const loaded = items !== undefined;
  return (
    <>
      <ScreenTitle>{t('title')}</ScreenTitle>
      <p>{t('intro')}</p>
      <ul className="feed-links">
        <li>
          <Link href="/feed/mine">
            <SendSymbol aria-hidden="true" />
            {t('links.mine')}
          </Link>
        </li>
        <li>
          <Link href="/feed/names">
            <PollsSymbol aria-hidden="true" />
            {t('links.names')}
          </Link>
        </li>
      </ul>
      {!loaded ? (
        <p className="loading" role="status">
          {t('loading')}
        </p>
      ) : items.length === 0 ? (
        <EmptyState art="feed">
          <p>{t('empty')}</p>
        </EmptyState>
      ) : (
        <>
          <FeedFilters districts={districts} district={district} status={status} onDistrict={setDistrict} onStatus={setStatus} />
          <p className="small feed-showing" role="status" aria-live="polite">
            {t('showing', { count: shown.length })}
          </p>
          {shown.length === 0 && <p className="feed-empty">{t('emptyFiltered')}</p>}
          <div className="feed-items">
            {shown.map((item) => (
              <FeedItemCard key={item.id} item={item} mark={snapshot?.looked.has(item.id) ? seenMark(item, snapshot.seen) : null} />
            ))}
          </div>
        </>
      )}
    </>
  );
}
