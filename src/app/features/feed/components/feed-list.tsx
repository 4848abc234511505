// The council's feed, offline: newest first, filter by area and by how it's going, each item with its timeline.
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FEED_STATUSES, REACTIONS, type FeedItem, type Reaction } from '../../../../shared/feed';
import type { District } from '../../../../shared/council';
import { Link } from '../../../shell/router';
import { db } from '../../../storage/db';
import { useLiveQuery } from '../../../storage/live';
import { lookAtFeed, react } from '../data/feed-data';
import {
  filterFeed,
  mergeSeen,
  pickAll,
  seenMark,
  timeline,
  type DistrictFilter,
  type SeenMark,
  type SeenSnapshot,
  type StatusFilter,
} from '../model/feed-model';
import { Day, Localized, StatusBadge } from './feed-parts';

export function FeedList() {
  const { t } = useTranslation('feed');
  const items = useLiveQuery(() => db.feedItems.toArray(), []);
  const council = useLiveQuery(() => db.council.toCollection().first(), []);
  const reactions = useLiveQuery(
    async () => new Map((await db.myReactions.toArray()).map((r) => [r.itemId, r.reaction] as const)),
    [],
    new Map<string, Reaction>(),
  );
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
      <fieldset className="feed-filters">
        <legend>{t('filters.legend')}</legend>
        {districts.length > 0 && (
          <label className="feed-filter">
            <span>{t('filters.district')}</span>
            <select value={district} onChange={(e) => setDistrict(e.target.value)}>
              <option value="all">{t('filters.allDistricts')}</option>
              <option value="council">{t('filters.wholeCouncilOnly')}</option>
              {districts.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="feed-filter">
          <span>{t('filters.status')}</span>
          <select value={status} onChange={(e) => setStatus(e.target.value as StatusFilter)}>
            <option value="all">{t('filters.allStatuses')}</option>
            {FEED_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        {district !== 'all' && district !== 'council' && <p className="small">{t('filters.districtNote')}</p>}
      </fieldset>
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

function FeedItemCard({
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
  const districtName =
    item.districtId === null ? t('wholeCouncil') : (districts.find((d) => d.id === item.districtId)?.name ?? t('oneArea'));
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

function Reactions({ itemId, reaction }: { itemId: string; reaction: Reaction | null }) {
  const { t } = useTranslation('feed');
  const labelId = useId();
  return (
    <div className="feed-react" role="group" aria-labelledby={labelId}>
      <p id={labelId} className="feed-react-label">
        {t('react.label')}
      </p>
      <div className="feed-react-buttons">
        {REACTIONS.map((r) => (
          <button
            key={r}
            type="button"
            className={`button button-secondary feed-react-${r}`}
            aria-pressed={reaction === r}
            onClick={() => void react(itemId, r)}
          >
            {t(`react.${r}`)}
          </button>
        ))}
      </div>
      <p className="small" aria-live="polite">
        {reaction ? t('react.chosen', { reaction: t(`react.${reaction}`) }) : t('react.note')}
      </p>
    </div>
  );
}
