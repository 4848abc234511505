// The moderation queue: posts waiting for a person, a page at a time (oldest first, or newest first so a post sent
// after a flood is never out of reach). Nothing is published without a person; a post that may be about harm goes
// to the safeguarding queue (safeguarding-page.tsx) in one tap.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailed } from '../../../ui/staff/load-failed';
import { Pager } from '../../../ui/staff/pager';
import { pageCount } from '../../../ui/staff/paging';
import { useStaffData } from '../../../ui/staff/use-staff-data';
import type { StaffScreenProps } from '../../../ui/staff/screen-props';
import { listPosts } from './api';
import { PostCard } from './moderation-card';

type Order = 'oldest' | 'newest';
const PAGE_SIZE = 50;

export function ModerationPage({ onError }: Pick<StaffScreenProps, 'onError'>) {
  const { t } = useTranslation('staff');
  const [order, setOrder] = useState<Order>('oldest');
  const [page, setPage] = useState(1);
  const [notice, setNotice] = useState('');
  const load = useCallback(async () => {
    const found = await listPosts({ status: 'pending', order, page, pageSize: PAGE_SIZE });
    const last = pageCount(found.total, found.pageSize);
    // A page emptied by decisions (the last one, as posts are approved) shows the last page that has posts instead.
    return found.posts.length > 0 || page <= last ? found : listPosts({ status: 'pending', order, page: last, pageSize: PAGE_SIZE });
  }, [order, page]);
  const queue = useStaffData(load, onError);
  const { data, error, reload } = queue;
  const list = useRef<HTMLUListElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Where focus goes once the list has reloaded after a decision: the post that took the decided one's place.
  const focusAt = useRef<number | null>(null);

  useEffect(() => {
    const at = focusAt.current;
    if (at === null || !data) return;
    focusAt.current = null;
    const cards = list.current?.querySelectorAll<HTMLElement>(':scope > li') ?? [];
    const next = cards[Math.min(at, cards.length - 1)] ?? heading.current;
    next?.focus();
  }, [data]);

  /** A decision was made: the list reloads, a polite message says what happened, and focus moves to the next post. */
  const done = (index: number) => (message: string) => {
    setNotice(message);
    focusAt.current = index;
    reload();
  };
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('moderation.title')}
      </h1>
      <div className="staff-log-tools">
        <div className="stack">
          <label htmlFor="moderation-order">{t('moderation.order')}</label>
          <select
            id="moderation-order"
            value={order}
            onChange={(e) => {
              setOrder(e.target.value as Order);
              setPage(1);
            }}
          >
            <option value="oldest">{t('moderation.oldestFirst')}</option>
            <option value="newest">{t('moderation.newestFirst')}</option>
          </select>
        </div>
        {data && <p className="staff-totals">{t('moderation.waitingCount', { count: data.total })}</p>}
      </div>
      <div role="status" className="staff-notice">
        {notice}
      </div>
      <LoadFailed load={queue} />
      {!data && error === null && <p className="loading">{t('loading')}</p>}
      {data?.total === 0 && <p>{t('moderation.empty')}</p>}
      <ul className="staff-list" ref={list}>
        {data?.posts.map((p, i) => (
          <PostCard key={p.id} post={p} onDone={done(i)} onError={onError} />
        ))}
      </ul>
      {data && <Pager label={t('moderation.pages')} page={data.page} total={data.total} pageSize={data.pageSize} onPage={setPage} />}
    </>
  );
}
