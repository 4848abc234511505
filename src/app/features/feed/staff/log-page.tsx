// The district log: every published "you said" with its "we did", status, dates and reactions, as the evidence the
// Corporate Parenting Board asks for. Download as CSV, or print (staff.css has the print layout).
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDate } from '../../../ui/staff/dates';
import { LoadFailed } from '../../../ui/staff/load-failed';
import { ScrollTable } from '../../../ui/staff/scroll-table';
import { useStaffData } from '../../../ui/staff/use-staff-data';
import type { StaffScreenProps } from '../../../ui/staff/screen-props';
import { feedLogUrl, loadFeedLog } from './api';
import { StatusBadge } from './status';

export function LogPage({ me, onError }: Pick<StaffScreenProps, 'me' | 'onError'>) {
  const { t } = useTranslation('staff');
  const date = useDate();
  const [filter, setFilter] = useState('');
  const log = useStaffData(
    useCallback(() => loadFeedLog(filter), [filter]),
    onError,
  );
  const districts = me.council.districts;
  const filterName =
    filter === '' ? t('log.all') : filter === 'council' ? t('log.councilOnly') : (districts.find((d) => d.id === filter)?.name ?? filter);
  const today = date(new Date().toISOString());
  const rows = log.data ?? [];

  return (
    <div className="staff-log">
      <h1>{t('log.title')}</h1>
      <p className="staff-print-heading">{t('log.printHeading', { council: me.council.name, date: today, filter: filterName })}</p>
      <p className="no-print">{t('log.intro')}</p>
      <div className="staff-log-tools no-print">
        <div className="stack">
          <label htmlFor="log-district">{t('log.filter')}</label>
          <select id="log-district" value={filter} onChange={(e) => setFilter(e.target.value)}>
            <option value="">{t('log.all')}</option>
            <option value="council">{t('log.councilOnly')}</option>
            {districts.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
        <div className="staff-actions">
          <a className="button button-secondary" href={feedLogUrl(filter, 'csv')} download>
            {t('log.csv')}
          </a>
          <button type="button" className="button" onClick={() => window.print()}>
            {t('log.print')}
          </button>
        </div>
      </div>
      <LoadFailed load={log} />
      {!log.data && log.error === null && <p className="loading">{t('loading')}</p>}
      {log.data && rows.length === 0 && <p>{t('log.empty')}</p>}
      {rows.length > 0 && (
        <ScrollTable label={t('log.title')}>
          <table className="staff-table staff-log-table">
            <caption>{t('log.caption', { filter: filterName, n: rows.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('log.columns.district')}</th>
                <th scope="col">{t('log.columns.youSaid')}</th>
                <th scope="col">{t('log.columns.weDid')}</th>
                <th scope="col">{t('log.columns.status')}</th>
                <th scope="col">{t('log.columns.dates')}</th>
                <th scope="col">{t('log.columns.responsible')}</th>
                <th scope="col">{t('log.columns.reactions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.itemId}>
                  <td>{r.district}</td>
                  <td className="staff-cell-text" dir="auto">
                    {r.youSaid}
                  </td>
                  <td className="staff-cell-text" dir="auto">
                    {r.weDid}
                  </td>
                  <td>
                    <StatusBadge status={r.status} />
                    {r.cantDoReason && <p className="staff-cell-text">{t('log.because', { reason: r.cantDoReason })}</p>}
                  </td>
                  <td>
                    <ul className="staff-plain-list">
                      <li>{t('log.published', { date: date(r.publishedAt) })}</li>
                      {r.startOn && <li>{t('feed.startOn', { date: date(r.startOn) })}</li>}
                      {r.dueOn && <li>{t('feed.dueOn', { date: date(r.dueOn) })}</li>}
                      <li>{t('log.lastUpdate', { date: date(r.lastUpdate) })}</li>
                    </ul>
                  </td>
                  <td>{r.responsible}</td>
                  <td>
                    <ul className="staff-plain-list">
                      <li>{t('log.helps', { n: r.helps })}</li>
                      <li>{t('log.notEnough', { n: r.notEnough })}</li>
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </div>
  );
}
