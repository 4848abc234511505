// The survey contract's constants and rules that need no schema: the answers each question type has, which question
// is shown, which answers are cleared, whether a pulse is open. Kept apart from the zod schemas in definition.ts (which
// re-exports all of this) so the phone's survey runner draws its first question without loading zod.
import type { SurveyQuestion, SurveyVersion } from './definition';

/** The domains answers are grouped by in results (Bright Spots' four, and overall well-being). */
export const SURVEY_DOMAINS = ['relationships', 'resilience', 'rights', 'recovery', 'wellbeing'] as const;
export type SurveyDomain = (typeof SURVEY_DOMAINS)[number];

/** Who a version is for. `16-25` is care leavers ("your life beyond care"). */
export const AGE_BANDS = ['4-7', '8-11', '11-18', '16-25'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** The kinds of question, each with its own fixed answers (except the choices, which the question lists). */
export const QUESTION_TYPES = ['faces', 'frequency', 'agree', 'scale', 'yes-no', 'single', 'multiple', 'text'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Five faces with words (made for 4–7s, and plain enough for anyone): 1 is the saddest, 5 the happiest. */
export const FACE_ANSWERS = ['1', '2', '3', '4', '5'] as const;
/** "All or most of the time", "sometimes", "hardly ever", "never". */
export const FREQUENCY_ANSWERS = ['always', 'sometimes', 'hardly-ever', 'never'] as const;
export const AGREE_ANSWERS = ['agree', 'not-sure', 'disagree'] as const;
export const YES_NO_ANSWERS = ['yes', 'no', 'not-sure'] as const;
/** A 0–10 scale (the national well-being questions): whole numbers only. */
export const SCALE_MIN = 0;
export const SCALE_MAX = 10;

/** A pulse check-in is short: young people said "Don't keep asking me to do a questionnaire with the same stuff in it". */
export const PULSE_MAX_QUESTIONS = 5;

/** Whether a pulse's window is open on `day` (YYYY-MM-DD); a round is always open. */
export function isOpenOn(version: SurveyVersion, day: string): boolean {
  if (version.kind !== 'pulse' || !version.window) return true;
  return version.window.opens <= day && day <= version.window.closes;
}

/** An answer as the `showIf` rules read it: a choice id, a fixed answer, a number as text; a list as its items. */
function answerValues(answer: unknown): string[] {
  if (Array.isArray(answer)) return answer.map(String);
  return answer === undefined || answer === null ? [] : [String(answer)];
}

/** Whether `question` is shown, given the answers so far (rules only look at earlier questions). */
export function isShown(question: SurveyQuestion, answers: Readonly<Record<string, unknown>>): boolean {
  if (!question.showIf) return true;
  const { questionId, anyOf } = question.showIf;
  return answerValues(answers[questionId]).some((v) => anyOf.includes(v));
}

/**
 * The rule for hidden answers: an answer to a question that is hidden by the answers as they stand is dropped, in
 * question order (so hiding a question also hides the questions that depend on it).
 */
export function clearHiddenAnswers(version: SurveyVersion, answers: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const q of version.questions) {
    if (answers[q.id] === undefined) continue;
    if (isShown(q, kept)) kept[q.id] = answers[q.id];
  }
  return kept;
}

/** How the young person describes themselves, if they choose to (results compare with the care population by sex). */
export const SURVEY_GENDERS = ['girl', 'boy', 'another-way'] as const;
export type SurveyGender = (typeof SURVEY_GENDERS)[number];
