// A round's results as CSV for the Corporate Parenting Board's spreadsheets, made from the suppressed JSON answer (never
// from the counts): a figure that is not shown there is a blank cell here, and the first lines say why.
import type { SurveyResults } from '../../../../shared/survey/results';
import { csvCell, csvText } from '../../../lib/csv-cell';

const HEADER = ['Age band', 'Survey', 'Version', 'Figure', 'Question', 'Answer', 'Count', 'Share or rate', 'Population', 'Mean', 'Flag'];
type Row = (string | number | null)[];

const pct = (share: number | null | undefined) => (share === null || share === undefined ? null : Math.round(share * 1000) / 10);

export function resultsCsv(results: SurveyResults): string {
  const rows: Row[] = [
    [`"How's life?" results, round ${results.round}, made ${results.generatedAt}`],
    [
      `A blank count, share or rate is not shown: it is fewer than ${results.suppressUnder}, or it would let such a figure be worked out. Shares and rates are percentages.`,
    ],
    HEADER,
    ['All', '', '', 'responses', '', '', results.total.responses, pct(results.total.rate), results.total.population, null, null],
  ];
  for (const b of results.bands) {
    const at = (figure: string, rest: Row) => rows.push([b.band, b.surveyId, b.version, figure, ...rest]);
    at('responses', ['', '', b.responses, pct(b.rate), b.population, null, b.lowRate ? 'response rate under 30%' : null]);
    for (const s of b.bySex) at(`responses: ${s.sex}`, ['', '', s.responses, pct(s.rate), s.population, null, null]);
    for (const m of b.byMode) at(`responses: ${m.mode}`, ['', '', m.responses, null, null, null, null]);
    for (const m of b.byMonth) at(`responses: ${m.month}`, ['', '', m.responses, null, null, null, null]);
    for (const q of b.questions) {
      at('asked', [q.id, '', q.asked, null, null, null, null]);
      at('answered', [q.id, '', q.answered, pct(q.positiveShare), null, q.mean ?? null, q.positiveShare === null ? null : 'share: good answers']);
      for (const a of q.answers) at('answer', [q.id, a.label?.en ?? a.value, a.count, pct(a.share), null, null, null]);
      if (q.previous) {
        at(`answered in version ${q.previous.version}`, [q.id, '', q.previous.answered, pct(q.previous.positiveShare), null, null, null]);
        for (const a of q.previous.answers)
          at(`answer in version ${q.previous.version}`, [q.id, a.label?.en ?? a.value, a.count, pct(a.share), null, null, null]);
      }
    }
  }
  for (const t of results.tallies) {
    rows.push([t.band, '', '', 'reviews: offered', '', '', t.offered], [t.band, '', '', 'reviews: completed', '', '', t.completed]);
    rows.push([t.band, '', '', 'reviews: declined', '', '', t.declined]);
  }
  return csvText(rows.map((r) => r.map((c) => csvCell(c)).join(',')));
}
