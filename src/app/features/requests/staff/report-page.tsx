// The annual complaints report's record for a period (by default the last financial year): counts by kind, stage,
// outcome, who asked and topic, how many stages were answered on time, late escalations and out-of-time complaints.
// Download as CSV, or print it (requests.css has the print layout). Counts only, never a young person's words.
import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintsReport } from '../../../../shared/requests/staff';
import { loadReport, reportCsvUrl } from '../../../api/staff/requests';
import { LoadFailed } from '../../../ui/staff/load-failed';
import { ScrollTable } from '../../../ui/staff/scroll-table';
import type { StaffScreenProps } from '../../../ui/staff/screen-props';
import { useStaffData } from '../../../ui/staff/use-staff-data';
import { lastFinancialYear } from './report-period';
import './requests.css';

export function ReportPage({ onError }: StaffScreenProps) {
  const { t } = useTranslation('requests-staff');
  const [period, setPeriod] = useState(() => lastFinancialYear(new Date()));
  const [draft, setDraft] = useState(period);
  const load = useCallback(() => loadReport(period.from, period.to), [period]);
  const report = useStaffData(load, onError);
  const { data, error } = report;
  const show = (e: FormEvent) => {
    e.preventDefault();
    setPeriod(draft);
  };
  return (
    <div className="requests-report">
      <h1>{t('report.title')}</h1>
      <p className="staff-note">{t('report.intro')}</p>
      <form className="requests-report-controls" onSubmit={show}>
        <label htmlFor="report-from">{t('report.from')}</label>{' '}
        <input id="report-from" type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />{' '}
        <label htmlFor="report-to">{t('report.to')}</label>{' '}
        <input id="report-to" type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />{' '}
        <button type="submit" className="button">
          {t('report.show')}
        </button>{' '}
        <a className="button button-secondary" href={reportCsvUrl(period.from, period.to)} download>
          {t('report.csv')}
        </a>{' '}
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          {t('report.print')}
        </button>
      </form>
      <LoadFailed load={report} />
      {!data && error === null && <p className="loading">{t('loading')}</p>}
      {data && <ReportView r={data} />}
    </div>
  );
}

function ReportView({ r }: { r: ComplaintsReport }) {
  const { t } = useTranslation('requests-staff');
  const pct = r.stagesAnswered === 0 ? 0 : Math.round((100 * r.stagesOnTime) / r.stagesAnswered);
  const outcome = (key: string) => {
    const [stage, o] = key.split(':');
    return t('report.stageOutcome', { stage, outcome: t(`outcomes.${o ?? ''}`) });
  };
  return (
    <>
      <p>
        <strong>{t('report.total', { n: r.total })}</strong>
      </p>
      <ul>
        <li>{r.stagesAnswered === 0 ? t('report.noneAnswered') : t('report.onTime', { onTime: r.stagesOnTime, answered: r.stagesAnswered, pct })}</li>
        <li>{t('report.lateEscalations', { n: r.lateEscalations })}</li>
        <li>{t('report.outOfTime', { n: r.outOfTime })}</li>
      </ul>
      <div className="staff-count-tables">
        <Counts title={t('report.byKind')} counts={r.byKind} label={(k) => t(`kinds.${k}`)} />
        <Counts title={t('report.byStage')} counts={r.byStage} label={(k) => t('item.stage', { n: k })} />
        <Counts title={t('report.byOutcome')} counts={r.byOutcome} label={outcome} />
        <Counts title={t('report.byWho')} counts={r.byWho} label={(k) => t(`report.who.${k}`)} />
        <Counts title={t('report.byTopic')} counts={r.byTopic} label={(k) => t(`topics.${k}`)} />
      </div>
    </>
  );
}

function Counts({ title, counts, label }: { title: string; counts: Record<string, number>; label: (key: string) => string }) {
  const { t } = useTranslation('requests-staff');
  const keys = Object.keys(counts).sort();
  return (
    <div>
      <ScrollTable label={title}>
        <table className="staff-table staff-table-compact">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.what')}</th>
              <th scope="col">{t('report.count')}</th>
            </tr>
          </thead>
          <tbody>
            {keys.length === 0 && (
              <tr>
                <td colSpan={2}>{t('none')}</td>
              </tr>
            )}
            {keys.map((k) => (
              <tr key={k}>
                <th scope="row">{label(k)}</th>
                <td>{counts[k]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </div>
  );
}
