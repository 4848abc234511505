// A round's results as the staff results page draws them (surveyResultsSchema), from counts: a pure function, so the
// JSON answer and the CSV made from it never see a count that suppression has not been through.
import { AGE_BANDS, type AgeBand, type SurveyVersion } from '../../../../shared/survey/definition';
import { SUPPRESS_UNDER, type BandResult, type QuestionResult, type SurveyResults } from '../../../../shared/survey/results';
import { questionResults, type AnswerCounts } from './results-questions';
import { responseFigures, type PopulationRow, type ResponseCountRow } from './results-responses';
import { isSmall } from './suppress';

export interface FreeTextRow {
  surveyId: string;
  questionId: string;
  text: string;
  month: string;
  flagged: boolean;
}
export interface TallyRow {
  band: AgeBand;
  offered: number;
  completed: number;
  declined: number;
}

export interface ResultsInput {
  round: string;
  generatedAt: string;
  /** Every published version of the round's surveys (and the earlier versions they keep questions from). */
  versions: readonly SurveyVersion[];
  responseCounts: readonly ResponseCountRow[];
  /** `${surveyId} ${version}` → the version's answer counts. */
  answerCounts: ReadonlyMap<string, AnswerCounts>;
  populations: readonly PopulationRow[];
  tallies: readonly TallyRow[];
  /** The redacted free texts, when the caller may read them; undefined leaves them out. */
  freeText?: readonly FreeTextRow[];
}

/** How many questions each of "bright spots" and "areas to improve" lists. */
export const HIGHLIGHTS = 5;
const EMPTY: AnswerCounts = new Map();

/** The version whose questions a survey's results show: the newest with responses, or else the newest published. */
function shownVersion(versions: readonly SurveyVersion[], rows: readonly ResponseCountRow[], counts: ResultsInput['answerCounts']) {
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  const answered = newestFirst.find((v) => rows.some((r) => r.surveyId === v.id) && counts.has(`${v.id} ${v.version}`));
  return answered ?? (newestFirst[0] as SurveyVersion);
}

function withPrevious(version: SurveyVersion, questions: QuestionResult[], input: ResultsInput): QuestionResult[] {
  const keeps = version.keeps;
  if (!keeps) return questions;
  const earlier = input.versions.find((v) => v.id === version.id && v.version === keeps.version);
  if (!earlier) return questions;
  const before = new Map(questionResults(earlier, input.answerCounts.get(`${earlier.id} ${earlier.version}`) ?? EMPTY).map((q) => [q.id, q]));
  return questions.map((q) => {
    const was = keeps.questionIds.includes(q.id) ? before.get(q.id) : undefined;
    return was ? { ...q, previous: { version: keeps.version, answered: was.answered, answers: was.answers, positiveShare: was.positiveShare } } : q;
  });
}

export function buildResults(input: ResultsInput): SurveyResults {
  const inRound = input.versions.filter((v) => v.round === input.round);
  const ids = [...new Set(inRound.map((v) => v.id))];
  const surveys = ids
    .map((id) => {
      const versions = inRound.filter((v) => v.id === id);
      return { surveyId: id, band: (versions[0] as SurveyVersion).band, version: shownVersion(versions, input.responseCounts, input.answerCounts) };
    })
    .sort((a, b) => AGE_BANDS.indexOf(a.band) - AGE_BANDS.indexOf(b.band) || a.surveyId.localeCompare(b.surveyId));
  const figures = responseFigures(surveys, input.responseCounts, input.populations);

  const bands: BandResult[] = surveys.map((s) => {
    const f = figures.bySurvey.get(s.surveyId) as NonNullable<ReturnType<typeof figures.bySurvey.get>>;
    const counts = input.answerCounts.get(`${s.surveyId} ${s.version.version}`) ?? EMPTY;
    const questions = withPrevious(s.version, questionResults(s.version, counts), input);
    const trueResponses = input.responseCounts.filter((r) => r.surveyId === s.surveyId).reduce((n, r) => n + r.count, 0);
    const band: BandResult = { band: s.band, surveyId: s.surveyId, version: s.version.version, ...f, questions };
    if (input.freeText) {
      // Only where the band has enough responses that a text cannot be told apart by who alone answered.
      // A question's texts only where its own `answered` is shown (how many texts there are would otherwise be the hidden
      // count), and a text's month only where that month's count is shown.
      const shownQuestions = new Set(questions.filter((q) => q.answered !== null && q.answered >= SUPPRESS_UNDER).map((q) => q.id));
      const shownMonths = new Set(f.byMonth.filter((m) => m.responses !== null).map((m) => m.month));
      band.freeText =
        trueResponses < SUPPRESS_UNDER
          ? []
          : input.freeText
              .filter((t) => t.surveyId === s.surveyId && shownQuestions.has(t.questionId))
              .map((t) => ({ questionId: t.questionId, text: t.text, month: shownMonths.has(t.month) ? t.month : '', flagged: t.flagged }));
    }
    return band;
  });

  // Bright spots and areas to improve: questions with a good answer, a shown share and at least SUPPRESS_UNDER answers.
  const ranked = bands
    .flatMap((b) =>
      b.questions
        .filter((q) => q.positiveShare !== null && q.answered !== null && q.answered >= SUPPRESS_UNDER)
        .map((q) => ({ band: b.band, questionId: q.id, text: q.text, positiveShare: q.positiveShare as number })),
    )
    .sort((a, b) => b.positiveShare - a.positiveShare || a.questionId.localeCompare(b.questionId));
  const brightSpots = ranked.slice(0, HIGHLIGHTS);
  const areasToImprove = ranked.slice(brightSpots.length).reverse().slice(0, HIGHLIGHTS);

  const tallyBands = AGE_BANDS.filter((b) => surveys.some((s) => s.band === b) || input.tallies.some((t) => t.band === b));
  const tallies = tallyBands.map((band) => {
    const mine = input.tallies.filter((t) => t.band === band);
    const add = (k: 'offered' | 'completed' | 'declined') => mine.reduce((n, t) => n + t[k], 0);
    const figures = { offered: add('offered'), completed: add('completed'), declined: add('declined') };
    // A band's tallies are shown whole or not at all: completed is near the band's responses with an IRO, so one small
    // figure hides the three.
    const small = Object.values(figures).some(isSmall);
    return small ? { band, offered: null, completed: null, declined: null } : { band, ...figures };
  });

  return {
    round: input.round,
    generatedAt: input.generatedAt,
    suppressUnder: SUPPRESS_UNDER,
    total: figures.total,
    bands,
    brightSpots,
    areasToImprove,
    tallies,
  };
}
