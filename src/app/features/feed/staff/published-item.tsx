// A published item: read-only, with its timeline and a form to add a dated update.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffFeedItemView } from '../../../../shared/feed-staff';
import { Link } from '../../../ui/router';
import { useDate } from '../../../ui/staff/dates';
import { LocalizedView } from '../../../ui/staff/localized-fields';
import { Notice, ThemesFailed, themeTitles, type Shared } from './feed-parts';
import { timeline, upsertById } from './model/feed-list';
import { SourceList } from './sources';
import { StatusBadge } from './status';
import { UpdateForm } from './update-form';

export function PublishedItem({ item, onError, notice, setNotice, items, themes }: Shared & { item: StaffFeedItemView }) {
  const { t } = useTranslation('staff');
  const date = useDate();
  const titles = useMemo(() => themeTitles(themes.data), [themes.data]);
  return (
    <>
      <p>
        <Link href="/staff/feed">{t('feed.back')}</Link>
      </p>
      <h1>{item.said.en}</h1>
      <Notice text={notice} />
      <p className="staff-meta">
        {t('feed.state.published')} · <StatusBadge status={item.status} /> · {item.districtName ?? t('wholeCouncil')} · {item.responsible}
      </p>
      <p className="staff-meta">
        {t('feed.publishedOn', { date: date(item.publishedAt) })}
        {item.startOn && ` · ${t('feed.startOn', { date: date(item.startOn) })}`}
        {item.dueOn && ` · ${t('feed.dueOn', { date: date(item.dueOn) })}`}
      </p>
      <p>{t('feed.reactions', { helps: item.reactions.helps, notEnough: item.reactions.notEnough })}</p>
      <p className="staff-note">{t('feed.noRewrite')}</p>

      <h2>{t('feed.said')}</h2>
      <LocalizedView text={item.said} />
      <h2>{t('feed.did')}</h2>
      <LocalizedView text={item.did} />
      {item.cantDoReason && (
        <>
          <h2>{t('feed.because')}</h2>
          <LocalizedView text={item.cantDoReason} />
        </>
      )}
      {item.sources.length > 0 && (
        <>
          <h2>{t('feed.sourcesLabel')}</h2>
          {item.sources.some((s) => s.kind === 'theme') && <ThemesFailed themes={themes} />}
          <SourceList sources={item.sources} themeTitles={titles} />
        </>
      )}

      <h2>{t('feed.timeline')}</h2>
      <ol className="staff-timeline">
        <li>
          <p className="staff-meta">
            <time dateTime={item.publishedAt ?? item.createdAt}>{date(item.publishedAt ?? item.createdAt)}</time> · {t('feed.timelinePublished')}
          </p>
          <p className="staff-post-text" dir="auto">
            {item.did.en}
          </p>
        </li>
        {timeline(item.updates).map((u) => (
          <li key={u.id}>
            <p className="staff-meta">
              <time dateTime={u.at}>{date(u.at)}</time> · <StatusBadge status={u.status} />
            </p>
            <LocalizedView text={u.text} />
          </li>
        ))}
      </ol>

      <UpdateForm
        item={item}
        onError={onError}
        onAdded={(updated) => {
          setNotice(t('feed.update.added'));
          items.setData((prev) => upsertById(prev ?? [], updated));
        }}
      />
    </>
  );
}
