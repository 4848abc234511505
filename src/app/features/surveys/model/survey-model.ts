// "How's life?" rules on the phone: which version a young person answers (from their age), which question comes next
// (skipping the ones hidden by earlier answers), how far along they are, and which answers call for the safety help.
import type { SurveyQuestion, SurveyVersion } from '../../../../shared/survey/definition';
import { isOpenOn, isShown, type AgeBand } from '../../../../shared/survey/rules';

/** The ages the age picker offers (4 to 25). */
export const MIN_AGE = 4;
export const MAX_AGE = 25;
export const AGES: readonly number[] = Array.from({ length: MAX_AGE - MIN_AGE + 1 }, (_, i) => MIN_AGE + i);

/** Only 16–18-year-olds are asked whether they are still in care or have left (it decides their version). */
export const asksAboutLeavingCare = (age: number): boolean => age >= 16 && age <= 18;

/**
 * The version's age band: 4–7 → 4-7; 8–10 → 8-11; 11–15 → 11-18; 16–18 still in care → 11-18, left care → 16-25;
 * 19–25 → 16-25 (care leavers). Until a 16–18-year-old has said, they are taken to be in care.
 */
export function bandForAge(age: number, leftCare?: boolean): AgeBand {
  if (age <= 7) return '4-7';
  if (age <= 10) return '8-11';
  if (age <= 15) return '11-18';
  if (age <= 18) return leftCare ? '16-25' : '11-18';
  return '16-25';
}

/** The full survey (not a pulse check-in) for `band`, newest version first; undefined when the council has none. */
export function roundForBand(surveys: readonly SurveyVersion[], band: AgeBand): SurveyVersion | undefined {
  return surveys.filter((s) => s.kind !== 'pulse' && s.band === band).sort((a, b) => b.version - a.version)[0];
}

export const doneKey = (surveyId: string, version: number): string => `${surveyId}@${version}`;

/**
 * The pulse check-in to offer on the home screen: for the young person's band, open on `day`, not answered or put
 * aside on this phone (in any version). None until the age is known.
 */
export function pulseToOffer(
  surveys: readonly SurveyVersion[],
  band: AgeBand | undefined,
  finished: ReadonlySet<string>,
  day: string,
): SurveyVersion | undefined {
  if (!band) return undefined;
  // Any version of it: staff correcting a word in a pulse must not offer it again to those who answered or put it aside.
  const doneWith = (id: string) => [...finished].some((key) => key.startsWith(`${id}@`));
  return surveys.find((s) => s.kind === 'pulse' && s.band === band && isOpenOn(s, day) && !doneWith(s.id));
}

/** The place of the first shown question at or after `from` (the questions' length: none left, the "about you" step). */
export function nextShown(version: SurveyVersion, answers: Readonly<Record<string, unknown>>, from: number): number {
  const qs = version.questions;
  for (let i = Math.max(0, from); i < qs.length; i++) if (isShown(qs[i]!, answers)) return i;
  return qs.length;
}

/** The place of the last shown question before `from`; -1 when there is none (back goes to the start). */
export function previousShown(version: SurveyVersion, answers: Readonly<Record<string, unknown>>, from: number): number {
  for (let i = Math.min(from, version.questions.length) - 1; i >= 0; i--) if (isShown(version.questions[i]!, answers)) return i;
  return -1;
}

/** "Question n of total", counting only the questions the answers so far show. */
export function progress(version: SurveyVersion, answers: Readonly<Record<string, unknown>>, index: number): { n: number; total: number } {
  const shown = version.questions.map((q, i) => ({ i, shown: isShown(q, answers) })).filter((x) => x.shown);
  const before = shown.filter((x) => x.i < index).length;
  return { n: Math.min(before + 1, shown.length), total: shown.length };
}

/** Whether `answer` to `question` suggests the young person may not be safe (its `unsafeIf`). */
export function isUnsafeAnswer(question: SurveyQuestion, answer: unknown): boolean {
  if (!question.unsafeIf || answer === undefined) return false;
  const values = Array.isArray(answer) ? answer.map(String) : [String(answer)];
  return values.some((v) => question.unsafeIf!.includes(v));
}

/** Whether an answer counts as given (an empty text or an empty list is no answer: the question was skipped). */
export function isAnswered(answer: unknown): boolean {
  if (answer === undefined || answer === null) return false;
  if (typeof answer === 'string') return answer.trim() !== '';
  if (Array.isArray(answer)) return answer.length > 0;
  return true;
}

/** The answers with blank ones left out (what is saved and sent). */
export function withAnswer(answers: Readonly<Record<string, unknown>>, questionId: string, answer: unknown): Record<string, unknown> {
  const next = { ...answers };
  if (isAnswered(answer)) next[questionId] = answer;
  else delete next[questionId];
  return next;
}

/** 'YYYY-MM' of `now` on this phone: the only time a response carries. */
export const monthOf = (now: Date): string => `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
/** 'YYYY-MM-DD' of `now` on this phone (a pulse's window is in local days). */
export const dayOf = (now: Date): string => `${monthOf(now)}-${String(now.getDate()).padStart(2, '0')}`;

/** The language of a definition's words to show: the interface language (the pseudo-locale reads English). */
export function wordsLanguage(lng: string): 'en' | 'cy' | 'ar' {
  const base = lng.toLowerCase().split(/[-_]/)[0];
  return base === 'cy' || base === 'ar' ? base : 'en';
}
