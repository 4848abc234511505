// The triage queue of "Ask for help": what waits for the council, urgent and safety first with the out-of-hours
// instructions, then by the day it is due (late first). Each state is said in words, not only colour. A request's
// own address (/staff/requests/<id>) opens its case in the same section.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueItem, RequestsSummary } from '../../../../shared/requests/staff';
import { loadQueue, loadSummary, type QueueStatus } from '../../../api/staff/requests';
import { Link, useRoute } from '../../../ui/router';
import { useDate } from '../../../ui/staff/dates';
import { LoadFailed } from '../../../ui/staff/load-failed';
import { Pager } from '../../../ui/staff/pager';
import type { StaffScreenProps } from '../../../ui/staff/screen-props';
import { useStaffData } from '../../../ui/staff/use-staff-data';
import { CasePage } from './case-page';
import { ClockBadge } from './clock-badge';
import './requests.css';

export function RequestsPage(props: StaffScreenProps) {
  const route = useRoute('/staff/requests/:id');
  return route?.['id'] ? <CasePage id={route['id']} {...props} /> : <QueuePage {...props} />;
}

function QueuePage({ onError }: StaffScreenProps) {
  const { t, i18n } = useTranslation('requests-staff');
  const [status, setStatus] = useState<QueueStatus>('open');
  const [page, setPage] = useState(1);
  const load = useCallback(() => loadQueue(status, page), [status, page]);
  const queue = useStaffData(load, onError);
  const { data, error } = queue;
  const summary = useStaffData(loadSummary, onError);
  return (
    <>
      <h1>{t('title')}</h1>
      {summary.data && <Summary s={summary.data} />}
      <LoadFailed load={summary} words={(reason) => t('summary.failed', { reason })} />
      {data?.outOfHours && (
        <section className="requests-out-of-hours" role="alert" aria-labelledby="requests-ooh">
          <h2 id="requests-ooh">{t('outOfHours.heading')}</h2>
          <p>{t('outOfHours.body', { phone: data.outOfHours.phone })}</p>
          {data.outOfHours.hours && <p>{t('outOfHours.hours', { hours: inLanguage(data.outOfHours.hours, i18n.language) })}</p>}
        </section>
      )}
      <fieldset className="staff-choices requests-show">
        <legend>{t('show.label')}</legend>
        {(['open', 'closed', 'all'] as const).map((s) => (
          <label key={s}>
            <input
              type="radio"
              name="requests-show"
              checked={status === s}
              onChange={() => {
                setStatus(s);
                setPage(1);
              }}
            />{' '}
            {t(`show.${s}`)}
          </label>
        ))}
      </fieldset>
      <LoadFailed load={queue} />
      {!data && error === null && <p className="loading">{t('loading')}</p>}
      {data && (
        <>
          {data.items.length === 0 && <p>{t('none')}</p>}
          <ul className="staff-list">
            {data.items.map((item) => (
              <QueueCard key={item.id} item={item} />
            ))}
          </ul>
          <Pager label={t('pages')} page={page} total={data.total} pageSize={data.pageSize} onPage={setPage} />
        </>
      )}
    </>
  );
}

/** What waits: for me, urgent, late and due soon (the complaints team's home). */
function Summary({ s }: { s: RequestsSummary }) {
  const { t } = useTranslation('requests-staff');
  return (
    <section aria-labelledby="requests-summary">
      <h2 id="requests-summary" className="staff-small-heading">
        {t('summary.heading')}
      </h2>
      <ul className="requests-summary">
        <li>{t('summary.mine', { n: s.mine })}</li>
        <li className={s.urgent > 0 ? 'requests-alert' : undefined}>{t('summary.urgent', { n: s.urgent })}</li>
        <li className={s.overdue > 0 ? 'requests-alert' : undefined}>{t('summary.overdue', { n: s.overdue })}</li>
        <li>{t('summary.dueSoon', { n: s.dueSoon })}</li>
        <li>{t('summary.waiting', { n: s.waiting })}</li>
      </ul>
    </section>
  );
}

/** The council's words in the reader's language, or in English when it has none in it. */
const inLanguage = (words: { en: string; cy?: string; ar?: string }, lng: string) =>
  (lng === 'cy' || lng === 'ar' ? words[lng] : undefined) ?? words.en;

function QueueCard({ item }: { item: QueueItem }) {
  const { t } = useTranslation('requests-staff');
  const date = useDate();
  return (
    <li className={`staff-card${item.urgent || item.safety ? ' requests-urgent' : ''}`}>
      <p className="staff-card-title">
        <Link href={`/staff/requests/${item.id}`}>
          <bdi>{item.ref}</bdi> — {t(`kinds.${item.kind}`)}: {t(`topics.${item.topic}`)}
        </Link>
      </p>
      <p className="staff-meta">
        {item.urgent && <span className="staff-flag staff-flag-harm">{t('item.urgent')}</span>}{' '}
        {item.safety && <span className="staff-flag staff-flag-harm">{t('item.safety')}</span>}{' '}
        {item.kind === 'complaint' && <>{t('item.stage', { n: item.stage })} · </>}
        {t(`statuses.${item.status}`)}
        {item.clock && (
          <>
            {' '}
            · <ClockBadge state={item.clock} />
          </>
        )}
        {item.dueOn && <> · {t('item.due', { date: date(item.dueOn) })}</>}
      </p>
      <p className="staff-meta">
        {t('item.received', { date: date(item.receivedOn), n: item.ageDays })} ·{' '}
        {item.assignedTo ? t('item.assigned', { name: item.assignedTo.name }) : t('item.notAssigned')} ·{' '}
        {t(item.contacted ? 'item.contacted' : 'item.notContacted')}
      </p>
    </li>
  );
}
