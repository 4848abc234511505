// The council's feed, offline: newest first, filter by area and by how it's going, each item with its timeline.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCouncil } from '../../../council/use-council';
import { Link } from '../../../ui/router';
import { lookAtFeed } from '../data/feed-data';
import { useFeedItems, useReactions } from '../data/use-feed';
import { filterFeed, mergeSeen, seenMark, type DistrictFilter, type SeenSnapshot, type StatusFilter } from '../model/feed-model';
import { FeedFilters } from './feed-filters';
import { FeedItemCard } from './feed-item-card';

export function FeedList() {
  const { t } = useTranslation('feed');
  const items = useFeedItems();
  const council = useCouncil();
  const reactions = useReactions();
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
    void lookAtFeed(shown).then((before) => {
      if (live) setSnapshot((prev) => mergeSeen(prev, before, ids));
    });
    return () => {
      live = false;
    };
  }, [shown]);

  // A link from "What happened to what I said" points at one item: bring it into view once the items are there.
  const loaded = items !== undefined;
  useEffect(() => {
    if (!loaded || !window.location.hash) return;
    const target = document.getElementById(window.location.hash.slice(1));
    target?.scrollIntoView?.();
  }, [loaded]);

  return (
    <>
      <h1 tabIndex={-1}>{t('title')}</h1>
      <p>{t('intro')}</p>
      <ul className="feed-links">
        <li>
          <Link href="/feed/mine">{t('links.mine')}</Link>
        </li>
        <li>
          <Link href="/feed/names">{t('links.names')}</Link>
        </li>
      </ul>
      <FeedFilters districts={districts} district={district} status={status} onDistrict={setDistrict} onStatus={setStatus} />
      <p className="small" role="status" aria-live="polite">
        {loaded && items.length > 0 ? t('showing', { count: shown.length }) : ''}
      </p>
      {loaded && items.length === 0 && <p className="feed-empty">{t('empty')}</p>}
      {loaded && items.length > 0 && shown.length === 0 && <p className="feed-empty">{t('emptyFiltered')}</p>}
      <div className="feed-items">
        {shown.map((item) => (
          <FeedItemCard
            key={item.id}
            item={item}
            districts={districts}
            mark={snapshot?.looked.has(item.id) ? seenMark(item, snapshot.seen) : null}
            reaction={reactions.get(item.id) ?? null}
          />
        ))}
      </div>
    </>
  );
}
