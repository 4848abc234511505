// "How's life?" results for staff: the round at a glance (responses and response rates against the care population,
// with age bands under 30% flagged), one age band in detail (by sex, mode and month, every question grouped by
// domain), bright spots and areas to improve, and — for the roles that may read it — the redacted free text.
// Download as CSV, or print it for the Corporate Parenting Board (results.css has the print layout). Last, the
// findings withdrawn after publication: who, when and why.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgeBand } from '../../../../shared/survey/definition';
import { useDate } from '../../../ui/staff/dates';
import { LoadFailed } from '../../../ui/staff/load-failed';
import { useStaffData } from '../../../ui/staff/use-staff-data';
import type { StaffScreenProps } from '../../../ui/staff/screen-props';
import { loadResults, resultsCsvUrl, ROUND } from './api';
import { BandDetail } from './band-detail';
import { Highlights, Tallies } from './highlights';
import { RoundOverview } from './round-overview';
import { WithdrawnFindings } from './withdrawn-findings';
import './results.css';

export function ResultsPage({ me, onError }: Pick<StaffScreenProps, 'me' | 'onError'>) {
  const { t } = useTranslation('survey-results');
  const date = useDate();
  const results = useStaffData(
    useCallback(() => loadResults(ROUND), []),
    onError,
  );
  const [chosen, setChosen] = useState<AgeBand | null>(null);
  const data = results.data;
  const band = data ? (data.bands.find((b) => b.band === chosen) ?? data.bands[0]) : undefined;

  return (
    <div className="survey-results">
      <h1>{t('results.title')}</h1>
      {data && (
        <p className="staff-print-heading">
          {t('results.printHeading', { council: me.council.name, date: date(new Date().toISOString()), generated: date(data.generatedAt) })}
        </p>
      )}
      <p className="no-print">{t('results.intro')}</p>
      <p className="survey-suppression-note">{t('results.suppression', { n: data?.suppressUnder ?? 5 })}</p>
      <div className="staff-actions no-print">
        <a className="button button-secondary" href={resultsCsvUrl(ROUND)} download>
          {t('results.csv')}
        </a>
        <button type="button" className="button" onClick={() => window.print()} disabled={!data}>
          {t('results.print')}
        </button>
      </div>
      <LoadFailed load={results} />
      {!data && results.error === null && <p className="loading">{t('loading')}</p>}
      {data && data.bands.length === 0 && <p>{t('results.empty')}</p>}
      {data && data.bands.length > 0 && (
        <>
          <RoundOverview results={data} />
          <Highlights results={data} />
          {data.tallies.length > 0 && <Tallies tallies={data.tallies} />}
          {band && (
            <section aria-labelledby="survey-band-title">
              <h2 id="survey-band-title">{t('band.title', { band: t(`bands.${band.band}`) })}</h2>
              <div className="stack no-print survey-band-pick">
                <label htmlFor="survey-band">{t('band.choose')}</label>
                <select id="survey-band" value={band.band} onChange={(e) => setChosen(e.target.value as AgeBand)}>
                  {data.bands.map((b) => (
                    <option key={b.band} value={b.band}>
                      {t(`bands.${b.band}`)}
                    </option>
                  ))}
                </select>
              </div>
              <BandDetail band={band} />
            </section>
          )}
        </>
      )}
      <WithdrawnFindings onError={onError} />
    </div>
  );
}
