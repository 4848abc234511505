// "Bright spots" (the questions with the highest share of good answers) and "areas to improve" (the lowest), across
// the age bands, and the IROs' tallies of surveys offered at reviews.
import { useTranslation } from 'react-i18next';
import type { SurveyResults } from '../../../../shared/survey/results';
import { ScrollTable } from '../../../ui/staff/scroll-table';
import { useFigures } from './figures';

type Highlight = SurveyResults['brightSpots'][number];

function HighlightList({ id, title, items }: { id: string; title: string; items: readonly Highlight[] }) {
  const { t } = useTranslation('survey-results');
  const f = useFigures();
  return (
    <div>
      <h3 id={id}>{title}</h3>
      {items.length === 0 ? (
        <p>{t('highlights.none')}</p>
      ) : (
        <ol aria-labelledby={id}>
          {items.map((h) => (
            <li key={`${h.band}-${h.questionId}`}>
              <span dir="auto">{f.words(h.text)}</span> {t('highlights.line', { band: t(`bands.${h.band}`), share: f.share(h.positiveShare) })}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

export function Highlights({ results }: { results: SurveyResults }) {
  const { t } = useTranslation('survey-results');
  return (
    <section aria-labelledby="survey-highlights-title" className="survey-highlights">
      <h2 id="survey-highlights-title">{t('highlights.title')}</h2>
      <p>{t('highlights.intro')}</p>
      <div className="staff-count-tables">
        <HighlightList id="survey-bright-spots" title={t('highlights.bright')} items={results.brightSpots} />
        <HighlightList id="survey-to-improve" title={t('highlights.improve')} items={results.areasToImprove} />
      </div>
    </section>
  );
}

export function Tallies({ tallies }: { tallies: SurveyResults['tallies'] }) {
  const { t } = useTranslation('survey-results');
  const f = useFigures();
  return (
    <section aria-labelledby="survey-tallies-title">
      <h2 id="survey-tallies-title">{t('tallies.title')}</h2>
      <ScrollTable label={t('tallies.title')}>
        <table className="staff-table staff-table-compact survey-table">
          <caption>{t('tallies.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columns.band')}</th>
              <th scope="col">{t('tallies.offered')}</th>
              <th scope="col">{t('tallies.completed')}</th>
              <th scope="col">{t('tallies.declined')}</th>
            </tr>
          </thead>
          <tbody>
            {tallies.map((x) => (
              <tr key={x.band}>
                <th scope="row">{t(`bands.${x.band}`)}</th>
                <td>{f.count(x.offered)}</td>
                <td>{f.count(x.completed)}</td>
                <td>{f.count(x.declined)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </section>
  );
}
