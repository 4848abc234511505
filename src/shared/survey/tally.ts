// What one stored response adds to a version's answer counts: for each question, whether it was shown (asked), whether
// it was answered, and each answer given. Results are read from these counts, so they never need to read every
// response again; the server adds them in the same transaction as the response (and migration 013 counted the
// responses stored before it).
import { isShown, type SurveyVersion } from './definition';

/** The count of responses that were shown a question (its answers are never one of these: they start with '#'). */
export const ASKED = '#asked';
/** The count of responses that answered a question (for `multiple`, the people, not the choices). */
export const ANSWERED = '#answered';

export interface AnswerTally {
  questionId: string;
  value: string;
}

/** One row per count the response adds to: asked and answered per question, and each answer value it gave. */
export function tallyAnswers(version: SurveyVersion, answers: Readonly<Record<string, unknown>>): AnswerTally[] {
  const out: AnswerTally[] = [];
  for (const q of version.questions) {
    if (!isShown(q, answers)) continue;
    out.push({ questionId: q.id, value: ASKED });
    const answer = answers[q.id];
    if (answer === undefined || answer === null) continue;
    out.push({ questionId: q.id, value: ANSWERED });
    // Free text is never counted by value: its words are read (redacted) by the staff who may, not tallied.
    if (q.type === 'text') continue;
    const values = Array.isArray(answer) ? answer.map(String) : [String(answer)];
    for (const value of values) out.push({ questionId: q.id, value });
  }
  return out;
}

/** Whether the response holds a free-text answer (only those rows are read for the staff's free-text list). */
export function hasTextAnswer(version: SurveyVersion, answers: Readonly<Record<string, unknown>>): boolean {
  return version.questions.some((q) => q.type === 'text' && typeof answers[q.id] === 'string');
}
