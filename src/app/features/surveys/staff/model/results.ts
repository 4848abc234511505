// Reading the results answer for the page: questions grouped by domain, and a question's bars.
import { SURVEY_DOMAINS, type SurveyDomain } from '../../../../../shared/survey/definition';
import type { QuestionResult } from '../../../../../shared/survey/results';

/** The questions of each domain that has any, in the domains' order and the questions' own order within each. */
export function byDomain(questions: readonly QuestionResult[]): { domain: SurveyDomain; questions: QuestionResult[] }[] {
  return SURVEY_DOMAINS.map((domain) => ({ domain, questions: questions.filter((q) => q.domain === domain) })).filter((g) => g.questions.length > 0);
}

/** Whether a question has any answer share to draw (a text question has none; a suppressed one draws nothing). */
export const hasBars = (q: QuestionResult) => q.type !== 'text' && q.answers.some((a) => a.share !== null);

/** The previous round's share of `value`, when the question was asked unchanged last time (null: suppressed). */
export function previousShare(q: QuestionResult, value: string): number | null | undefined {
  if (!q.previous) return undefined;
  const cell = q.previous.answers.find((a) => a.value === value);
  return cell ? cell.share : null;
}
