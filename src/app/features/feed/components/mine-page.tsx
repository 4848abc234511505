// "What happened to what I said": every post and name idea from this phone, with its journey, step by step.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMyJourneys } from '../../../my-items/data/journeys';
import { lookAtMine } from '../../../my-items/data/look-at-mine';
import { hasNews } from '../../../my-items/model/news';
import { EmptyState } from '../../../ui/kit/empty-state';
import { ScreenTitle } from '../../../ui/read-aloud';
import { Link } from '../../../ui/router';
import { BackLink } from '../../../ui/kit/back-link';
import { MineItem } from './mine-item';

export function MinePage() {
  const { t } = useTranslation('feed');
  const data = useMyJourneys();
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());

  // Looking at the page marks the news seen; the "New" badges stay for the rest of this visit.
  const newsKey = data
    ? data.items
        .filter((i) => hasNews(i, data.feedUpdatedAt))
        .map((i) => i.id)
        .join(' ')
    : '';
  useEffect(() => {
    if (!newsKey) return;
    let live = true;
    // A seen mark that cannot be written (storage closed or full) only means the badge shows again next time.
    lookAtMine().then(
      (ids) => {
        if (live && ids.length) setFresh((prev) => new Set([...prev, ...ids]));
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [newsKey]);

  return (
    <>
      <BackLink href="/feed">{t('back')}</BackLink>
      <ScreenTitle>{t('mine.title')}</ScreenTitle>
      <p>{t('mine.intro')}</p>
      {!data && (
        <p className="loading" role="status">
          {t('loading')}
        </p>
      )}
      {data && data.items.length === 0 && (
        <EmptyState art="mine">
          <p>{t('mine.empty')}</p>
          <ul className="feed-links">
            <li>
              <Link href="/wall">{t('mine.goWall')}</Link>
            </li>
            <li>
              <Link href="/feed/names">{t('links.names')}</Link>
            </li>
          </ul>
        </EmptyState>
      )}
      <div className="mine-items">
        {data?.items.map((item) => (
          <MineItem
            key={item.id}
            item={item}
            isNew={fresh.has(item.id) || hasNews(item, data.feedUpdatedAt)}
            themes={item.themeIds.flatMap((id) => data.themes.get(id) ?? [])}
            answers={item.feedItemIds.flatMap((id) => data.feedItems.get(id) ?? [])}
            answersMissing={item.feedItemIds.some((id) => !data.feedItems.has(id))}
            pollClosed={item.kind === 'poll-suggestion' && data.closedPolls.has(item.parentId)}
          />
        ))}
      </div>
    </>
  );
}
