// A paper return as staff key it in: the form's state (every question optional, each kept as the text its control
// holds), the problems that stop it being sent, and the payload the server takes.
import type { AgeBand, QuestionType } from '../../../../../shared/survey/definition';
import { monthSchema, SURVEY_GENDERS, type SurveyGender } from '../../../../../shared/survey/response';
import { MAX_YOUNG_PERSON_TEXT } from '../../../../../shared/text';

/** What the paper form needs to know of a question (its results row carries it). */
export interface PaperQuestion {
  id: string;
  type: QuestionType;
}

export interface PaperForm {
  band: AgeBand | '';
  /** Question id → the value of its control: a choice or scale point, the text, or the ticked choices. */
  answers: Record<string, string | readonly string[]>;
  /** 'YYYY-MM' from the month box; '' when not given. */
  month: string;
  gender: SurveyGender | '';
}

export type PaperProblem = 'band-required' | 'month-required' | 'month-future' | 'no-answers' | 'text-too-long';

export const emptyPaperForm = (band: AgeBand | '' = ''): PaperForm => ({ band, answers: {}, month: '', gender: '' });

/** The answers as the survey takes them: blanks left out, a scale point as a number, text trimmed. */
export function paperAnswers(questions: readonly PaperQuestion[], answers: PaperForm['answers']): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const q of questions) {
    const value = answers[q.id];
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (q.type === 'multiple' && value.length > 0) out[q.id] = [...value];
      continue;
    }
    const text = (value as string).trim();
    if (text === '') continue;
    out[q.id] = q.type === 'scale' ? Number(text) : text;
  }
  return out;
}

/** What stops the form being sent; `thisMonth` is 'YYYY-MM' today (a paper cannot be from a later month). */
export function paperProblems(form: PaperForm, questions: readonly PaperQuestion[], thisMonth: string): PaperProblem[] {
  const problems: PaperProblem[] = [];
  if (form.band === '') problems.push('band-required');
  if (!monthSchema.safeParse(form.month).success) problems.push('month-required');
  else if (form.month > thisMonth) problems.push('month-future');
  const answers = paperAnswers(questions, form.answers);
  if (form.band !== '' && Object.keys(answers).length === 0) problems.push('no-answers');
  if (Object.values(answers).some((a) => typeof a === 'string' && a.length > MAX_YOUNG_PERSON_TEXT)) problems.push('text-too-long');
  return problems;
}

/** The body of POST /api/v1/staff/surveys/paper for a sound form. */
export function paperPayload(form: PaperForm, survey: { surveyId: string; version: number; questions: readonly PaperQuestion[] }, entryId: string) {
  return {
    entryId,
    surveyId: survey.surveyId,
    version: survey.version,
    answers: paperAnswers(survey.questions, form.answers),
    month: form.month,
    ...(SURVEY_GENDERS.includes(form.gender as SurveyGender) ? { gender: form.gender as SurveyGender } : {}),
  };
}

/** 'YYYY-MM' of a date, in the council's local time as this device keeps it. */
export const monthOf = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
