// One question's results: how many were asked and answered, the share giving a good answer (and last round's, when
// the question was asked unchanged), a chart of the answers and the same figures as a table (the chart's text
// alternative, and what prints). The chart library loads only when a chart is first drawn.
import { useTranslation } from 'react-i18next';
import type { QuestionResult } from '../../../../shared/survey/results';
import { AnswersChart } from './answers-chart';
import { useFigures } from './figures';
import { hasBars, previousShare } from './model/results';
import { ScrollTable } from '../../../ui/staff/scroll-table';

export function QuestionCard({ question: q }: { question: QuestionResult }) {
  const { t } = useTranslation('survey-results');
  const f = useFigures();
  const title = f.words(q.text);
  const answerLabel = (a: QuestionResult['answers'][number]) => (a.label ? f.words(a.label) : a.value);
  const tableId = `survey-q-${q.id}-table`;
  return (
    <li className="staff-card survey-question">
      <h4 className="staff-card-title" dir="auto">
        {title}
      </h4>
      <p className="staff-meta">
        {t('question.asked', { asked: f.count(q.asked), answered: f.count(q.answered) })}
        {q.core && ` · ${t('question.core')}`}
        {q.negative && ` · ${t('question.negative')}`}
      </p>
      {q.type !== 'text' && (
        <p>
          {t('question.positive', { share: f.share(q.positiveShare) })}
          {q.previous && ` ${t('question.previousPositive', { share: f.share(q.previous.positiveShare), version: q.previous.version })}`}
          {q.mean !== undefined && q.mean !== null && ` ${t('question.mean', { mean: f.mean(q.mean) })}`}
        </p>
      )}
      {q.type === 'text' && <p>{t('question.textOnly')}</p>}
      {hasBars(q) && (
        <AnswersChart
          label={t('question.chartLabel', { question: title })}
          describedBy={tableId}
          bars={q.answers.map((a) => ({ label: answerLabel(a), share: a.share, previous: previousShare(q, a.value) ?? null }))}
          series={{ now: t('question.thisRound'), previous: q.previous ? t('question.lastRound') : null }}
        />
      )}
      {q.answers.length > 0 && (
        <ScrollTable label={t('question.tableCaption', { question: title })}>
          <table id={tableId} className="staff-table staff-table-compact survey-table">
            <caption className="visually-hidden">{t('question.tableCaption', { question: title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('columns.answer')}</th>
                <th scope="col">{t('columns.count')}</th>
                <th scope="col">{t('columns.share')}</th>
                {q.previous && <th scope="col">{t('columns.previous')}</th>}
              </tr>
            </thead>
            <tbody>
              {q.answers.map((a) => {
                const before = previousShare(q, a.value);
                return (
                  <tr key={a.value}>
                    <th scope="row" dir="auto">
                      {answerLabel(a)}
                    </th>
                    <td>{f.count(a.count)}</td>
                    <td>{f.share(a.share)}</td>
                    {q.previous && <td>{before === undefined ? '' : f.share(before)}</td>}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </li>
  );
}
