// One age band in detail: who answered (by sex against the care population, by mode, by month), every question
// grouped by domain, and the redacted free text for the roles that may read it.
import { useTranslation } from 'react-i18next';
import type { BandResult } from '../../../../shared/survey/results';
import { ScrollTable } from '../../../ui/staff/scroll-table';
import { useFigures } from './figures';
import { FreeText } from './free-text';
import { byDomain } from './model/results';
import { QuestionCard } from './question-card';

export function BandDetail({ band }: { band: BandResult }) {
  const { t } = useTranslation('survey-results');
  const f = useFigures();
  const name = t(`bands.${band.band}`);
  return (
    <>
      <p>{t('band.summary', { responses: f.count(band.responses), version: band.version })}</p>
      <div className="staff-count-tables">
        <ScrollTable label={t('band.bySex', { band: name })}>
          <table className="staff-table staff-table-compact survey-table">
            <caption>{t('band.bySex', { band: name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('columns.sex')}</th>
                <th scope="col">{t('columns.responses')}</th>
                <th scope="col">{t('columns.population')}</th>
                <th scope="col">{t('columns.rate')}</th>
              </tr>
            </thead>
            <tbody>
              {band.bySex.map((s) => (
                <tr key={s.sex}>
                  <th scope="row">{t(`sexes.${s.sex}`)}</th>
                  <td>{f.count(s.responses)}</td>
                  <td>{s.population === null ? t('notCompared') : f.count(s.population)}</td>
                  <td>{s.population === null ? t('notCompared') : f.share(s.rate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
        <ScrollTable label={t('band.byMode', { band: name })}>
          <table className="staff-table staff-table-compact survey-table">
            <caption>{t('band.byMode', { band: name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('columns.mode')}</th>
                <th scope="col">{t('columns.responses')}</th>
              </tr>
            </thead>
            <tbody>
              {band.byMode.map((m) => (
                <tr key={m.mode}>
                  <th scope="row">{t(`modes.${m.mode}`)}</th>
                  <td>{f.count(m.responses)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
        <ScrollTable label={t('band.byMonth', { band: name })}>
          <table className="staff-table staff-table-compact survey-table">
            <caption>{t('band.byMonth', { band: name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('columns.month')}</th>
                <th scope="col">{t('columns.responses')}</th>
              </tr>
            </thead>
            <tbody>
              {band.byMonth.length === 0 && (
                <tr>
                  <td colSpan={2}>{t('band.noMonths')}</td>
                </tr>
              )}
              {band.byMonth.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{f.month(m.month)}</th>
                  <td>{f.count(m.responses)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </div>
      {byDomain(band.questions).map((g) => (
        <section key={g.domain} aria-labelledby={`survey-domain-${g.domain}`}>
          <h3 id={`survey-domain-${g.domain}`}>{t(`domains.${g.domain}`)}</h3>
          <ol className="staff-list survey-questions">
            {g.questions.map((q) => (
              <QuestionCard key={q.id} question={q} />
            ))}
          </ol>
        </section>
      ))}
      {band.freeText && <FreeText band={band} />}
    </>
  );
}
