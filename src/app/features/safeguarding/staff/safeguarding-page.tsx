// The safeguarding queue: wall posts and name ideas that may be a disclosure of harm. They are never published; staff
// follow the council's procedure and record here what they did, so the queue shows what still needs someone. It is
// paged, never cut off: what still waits comes first, newest first, so a new disclosure is the first item of page 1
// however many others (a flood) there are; items from a phone that sent many are marked, never hidden.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SafeguardingItemView } from '../../../../shared/safeguarding';
import { LoadFailed } from '../../../ui/staff/load-failed';
import { Pager } from '../../../ui/staff/pager';
import { useStaffData } from '../../../ui/staff/use-staff-data';
import type { StaffScreenProps } from '../../../ui/staff/screen-props';
import { listQueue, listQueuePeople } from './api';
import { ItemCard, type ItemCardProps } from './queue-item';
import './safeguarding.css';

export function SafeguardingPage({ onError }: Pick<StaffScreenProps, 'onError'>) {
  const { t } = useTranslation('staff');
  const [page, setPage] = useState(1);
  const load = useCallback(() => listQueue(page), [page]);
  const queue = useStaffData(load, onError);
  const { data, error, reload } = queue;
  const people = useStaffData(listQueuePeople, onError);
  // Due and past due move with the clock: read it again every minute.
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  // Said politely after a record is saved: the card moves to "Dealt with", so its form (and focus) goes away.
  const [notice, setNotice] = useState('');
  const recorded = () => {
    setNotice(t('safeguarding.recorded'));
    reload();
  };
  const assigned = (name: string | null) => {
    setNotice(name === null ? t('safeguarding.unassigned') : t('safeguarding.assigned', { name }));
    reload();
  };
  const card = { people: people.data, now, onDone: recorded, onAssigned: assigned, onError };
  const waiting = data?.items.filter((i) => i.actions.length === 0) ?? [];
  const dealtWith = data?.items.filter((i) => i.actions.length > 0) ?? [];
  return (
    <>
      <h1>{t('safeguarding.title')}</h1>
      <p className="staff-note">{t('safeguarding.procedure')}</p>
      <div role="status" className="staff-notice">
        {notice}
      </div>
      <LoadFailed load={queue} />
      {!people.data && (
        // Without the team list no item can be given to anyone: say why, rather than leave every "Give this to" greyed out.
        <LoadFailed load={people} words={(reason) => t('safeguarding.peopleFailed', { reason })} />
      )}
      {!data && error === null && <p className="loading">{t('loading')}</p>}
      {data && (
        <>
          <QueueSection
            id="safeguarding-waiting"
            title={t('safeguarding.waiting', { n: data.waiting })}
            empty={t(data.waiting === 0 ? 'safeguarding.noneWaiting' : 'safeguarding.onOtherPages')}
            items={waiting}
            card={card}
          />
          <QueueSection
            id="safeguarding-dealt-with"
            title={t('safeguarding.dealtWith', { n: data.total - data.waiting })}
            empty={t(data.total === data.waiting ? 'safeguarding.noneDealtWith' : 'safeguarding.onOtherPages')}
            items={dealtWith}
            card={card}
          />
          <Pager label={t('safeguarding.pages')} page={page} total={data.total} pageSize={data.pageSize} onPage={setPage} />
        </>
      )}
    </>
  );
}

function QueueSection(props: { id: string; title: string; empty: string; items: SafeguardingItemView[]; card: Omit<ItemCardProps, 'item'> }) {
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {props.items.length === 0 && <p>{props.empty}</p>}
      <ul className="staff-list">
        {props.items.map((item) => (
          <ItemCard key={`${item.kind}:${item.id}`} item={item} {...props.card} />
        ))}
      </ul>
    </section>
  );
}
