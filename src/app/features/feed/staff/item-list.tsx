// The feed section's first screen: drafts (they need work), then published items, each with its sources.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffFeedItemView } from '../../../../shared/feed-staff';
import { Link } from '../../../ui/router';
import { useDate } from '../../../ui/staff/dates';
import { LoadFailed } from '../../../ui/staff/load-failed';
import { FeedLoading, Notice, ThemesFailed, themeTitles, type Shared } from './feed-parts';
import { sortFeedItems } from './model/feed-list';
import { SourceList } from './sources';
import { StatusBadge } from './status';

export function ItemList({ items, themes, notice }: Shared) {
  const { t } = useTranslation('staff');
  const sorted = useMemo(() => sortFeedItems(items.data ?? []), [items.data]);
  const drafts = sorted.filter((i) => i.state === 'draft');
  const published = sorted.filter((i) => i.state === 'published');
  const titles = useMemo(() => themeTitles(themes.data), [themes.data]);
  return (
    <>
      <h1>{t('feed.title')}</h1>
      <p>{t('feed.intro')}</p>
      <Notice text={notice} />
      <p>
        <Link href="/staff/feed/new" className="button">
          {t('feed.new')}
        </Link>
      </p>
      <LoadFailed load={items} />
      {!items.data && items.error === null && <FeedLoading />}
      {items.data && (
        <>
          <ThemesFailed themes={themes} />
          <h2>{t('feed.drafts')}</h2>
          {drafts.length === 0 && <p>{t('feed.noDrafts')}</p>}
          <ul className="staff-list">
            {drafts.map((i) => (
              <FeedCard key={i.id} item={i} themeTitles={titles} />
            ))}
          </ul>
          <h2>{t('feed.published')}</h2>
          {published.length === 0 && <p>{t('feed.noPublished')}</p>}
          <ul className="staff-list">
            {published.map((i) => (
              <FeedCard key={i.id} item={i} themeTitles={titles} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function FeedCard({ item, themeTitles }: { item: StaffFeedItemView; themeTitles: ReadonlyMap<string, string> | null }) {
  const { t } = useTranslation('staff');
  const date = useDate();
  return (
    <li className="staff-card">
      <p className="staff-meta">
        {t(`feed.state.${item.state}`)} · <StatusBadge status={item.status} /> · {item.districtName ?? t('wholeCouncil')} · {item.responsible}
      </p>
      <h3 className="staff-card-title">
        <Link href={`/staff/feed/${item.id}`}>{item.said.en}</Link>
      </h3>
      <p className="staff-post-text">
        <strong>{t('feed.did')}:</strong> {item.did.en}
      </p>
      {item.status === 'cant-do' && item.cantDoReason && (
        <p>
          <strong>{t('feed.because')}:</strong> {item.cantDoReason.en}
        </p>
      )}
      <p className="staff-meta">
        {item.publishedAt ? t('feed.publishedOn', { date: date(item.publishedAt) }) : t('feed.createdOn', { date: date(item.createdAt) })}
        {item.startOn && ` · ${t('feed.startOn', { date: date(item.startOn) })}`}
        {item.dueOn && ` · ${t('feed.dueOn', { date: date(item.dueOn) })}`}
        {item.updates.length > 0 && ` · ${t('feed.updatesCount', { n: item.updates.length })}`}
      </p>
      {item.state === 'published' && (
        <p className="staff-meta">{t('feed.reactions', { helps: item.reactions.helps, notEnough: item.reactions.notEnough })}</p>
      )}
      <SourceList sources={item.sources} themeTitles={themeTitles} />
    </li>
  );
}
