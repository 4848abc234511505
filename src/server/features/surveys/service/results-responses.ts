// The responses side of a round's results, suppressed as one table: the round's total and each survey's (age band's)
// responses, and each of those by sex, mode and month. Rates are against the care population the admin entered.
import { AGE_BANDS, type AgeBand } from '../../../../shared/survey/definition';
import { LOW_RESPONSE_RATE, SUPPRESS_UNDER, type BandResult } from '../../../../shared/survey/results';
import { RESPONSE_MODES, SURVEY_GENDERS } from '../../../../shared/survey/response';
import { suppressCells, type CountGroup } from './suppress';

export interface ResponseCountRow {
  surveyId: string;
  band: AgeBand;
  mode: string;
  month: string;
  sex: string;
  count: number;
}
export interface PopulationRow {
  band: AgeBand;
  sex: 'female' | 'male';
  count: number;
}

const SEXES = [...SURVEY_GENDERS, 'not-said'] as const;
type Figures = Pick<BandResult, 'responses' | 'population' | 'rate' | 'lowRate' | 'bySex' | 'byMode' | 'byMonth'>;

/** The rate when both figures may be shown: responses shown, a population of at least SUPPRESS_UNDER. */
function rateOf(responses: number | null, population: number | null): number | null {
  if (responses === null || population === null || population < SUPPRESS_UNDER) return null;
  return Math.min(1, responses / population);
}

export function responseFigures(
  surveys: readonly { surveyId: string; band: AgeBand }[],
  rows: readonly ResponseCountRow[],
  populations: readonly PopulationRow[],
): { total: { responses: number | null; population: number | null; rate: number | null }; bySurvey: Map<string, Figures> } {
  const values: number[] = [];
  const groups: CountGroup[] = [];
  const cell = (n: number) => values.push(n) - 1;
  const sum = (pick: (r: ResponseCountRow) => boolean) => rows.filter(pick).reduce((s, r) => s + r.count, 0);
  const total = cell(sum((r) => surveys.some((s) => s.surveyId === r.surveyId)));
  const layout = surveys.map((s) => {
    const mine = (r: ResponseCountRow) => r.surveyId === s.surveyId;
    const responses = cell(sum(mine));
    const months = [...new Set(rows.filter(mine).map((r) => r.month))].sort();
    const bySex = SEXES.map((sex) => cell(sum((r) => mine(r) && r.sex === sex)));
    const byMode = RESPONSE_MODES.map((mode) => cell(sum((r) => mine(r) && r.mode === mode)));
    const byMonth = months.map((month) => cell(sum((r) => mine(r) && r.month === month)));
    groups.push({ total: responses, parts: bySex }, { total: responses, parts: byMode }, { total: responses, parts: byMonth });
    return { ...s, responses, months, bySex, byMode, byMonth };
  });
  groups.push({ total, parts: layout.map((l) => l.responses), preferTotal: true });
  const hidden = suppressCells({ counts: values, groups });
  const value = (i: number): number | null => (hidden[i] ? null : (values[i] as number));

  const popOf = (band: AgeBand, sex?: 'female' | 'male') => {
    const found = populations.filter((p) => p.band === band && (sex === undefined || p.sex === sex));
    return found.length === 0 ? null : found.reduce((s, p) => s + p.count, 0);
  };
  const bySurvey = new Map<string, Figures>();
  for (const l of layout) {
    const population = popOf(l.band);
    const responses = value(l.responses);
    const trueRate = population === null || population === 0 ? null : (values[l.responses] as number) / population;
    bySurvey.set(l.surveyId, {
      responses,
      population,
      rate: rateOf(responses, population),
      // A hidden count is flagged only when even the largest small count (4) would be under 30% of the population, so
      // the flag says nothing the population does not (a flag that came and went with 1, 2 or 3 would give it away).
      lowRate:
        trueRate !== null &&
        trueRate < LOW_RESPONSE_RATE &&
        (responses !== null || (SUPPRESS_UNDER - 1) / (population as number) < LOW_RESPONSE_RATE),
      bySex: SEXES.map((sex, i) => {
        const count = value(l.bySex[i] as number);
        const pop = sex === 'girl' ? popOf(l.band, 'female') : sex === 'boy' ? popOf(l.band, 'male') : null;
        return { sex, responses: count, population: pop, rate: rateOf(count, pop) };
      }),
      byMode: RESPONSE_MODES.map((mode, i) => ({ mode, responses: value(l.byMode[i] as number) })),
      byMonth: l.months.map((month, i) => ({ month, responses: value(l.byMonth[i] as number) })),
    });
  }
  const bands = AGE_BANDS.filter((b) => surveys.some((s) => s.band === b));
  const pops = bands.map((b) => popOf(b)).filter((p): p is number => p !== null);
  const totalPopulation = pops.length === 0 ? null : pops.reduce((a, b) => a + b, 0);
  const totalResponses = value(total);
  return { total: { responses: totalResponses, population: totalPopulation, rate: rateOf(totalResponses, totalPopulation) }, bySurvey };
}
