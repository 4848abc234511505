// The round at a glance: all responses and the response rate against the care population, then each age band's,
// with a band under 30% flagged in words (not by colour alone).
import { useTranslation } from 'react-i18next';
import { LOW_RESPONSE_RATE, type SurveyResults } from '../../../../shared/survey/results';
import { ScrollTable } from '../../../ui/staff/scroll-table';
import { useFigures } from './figures';

export function RoundOverview({ results }: { results: SurveyResults }) {
  const { t } = useTranslation('survey-results');
  const f = useFigures();
  const { total } = results;
  const low = results.bands.filter((b) => b.lowRate);
  return (
    <section aria-labelledby="survey-overview-title">
      <h2 id="survey-overview-title">{t('overview.title')}</h2>
      <dl className="survey-totals">
        <div>
          <dt>{t('overview.responses')}</dt>
          <dd>{f.count(total.responses)}</dd>
        </div>
        <div>
          <dt>{t('overview.population')}</dt>
          <dd>{total.population === null ? t('unknown') : f.count(total.population)}</dd>
        </div>
        <div>
          <dt>{t('overview.rate')}</dt>
          <dd>{f.share(total.rate, total.population === null ? 'unknown' : 'suppressed')}</dd>
        </div>
      </dl>
      {low.length > 0 && (
        <p className="survey-low-warning">
          {t('overview.lowWarning', { bands: low.map((b) => t(`bands.${b.band}`)).join(', '), limit: f.share(LOW_RESPONSE_RATE) })}
        </p>
      )}
      <ScrollTable label={t('overview.bandsCaption')}>
        <table className="staff-table survey-table">
          <caption>{t('overview.bandsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columns.band')}</th>
              <th scope="col">{t('columns.responses')}</th>
              <th scope="col">{t('columns.population')}</th>
              <th scope="col">{t('columns.rate')}</th>
            </tr>
          </thead>
          <tbody>
            {results.bands.map((b) => (
              <tr key={b.band} className={b.lowRate ? 'survey-row-low' : undefined}>
                <th scope="row">{t(`bands.${b.band}`)}</th>
                <td>{f.count(b.responses)}</td>
                <td>{b.population === null ? t('unknown') : f.count(b.population)}</td>
                <td>
                  {f.share(b.rate, b.population === null ? 'unknown' : 'suppressed')}
                  {b.lowRate && <strong className="survey-low-flag">{t('overview.lowFlag', { limit: f.share(LOW_RESPONSE_RATE) })}</strong>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </section>
  );
}
