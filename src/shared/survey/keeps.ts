// Which questions a new version asks unchanged from the one before, so trends compare only like with like. The server
// records them as the new version's `keeps`; the staff editor shows the same answer while staff edit.
import type { SurveyQuestion, SurveyVersion } from './definition';

/** What a question asks and how it can be answered, as trends compare them: its type, its words and its choices. */
function asAsked(q: SurveyQuestion): string {
  return JSON.stringify([q.type, q.text, q.choices ?? null, q.scaleEnds ?? null]);
}

/** The questions of `next` asked exactly as in `previous` (same id, type, words and choices). */
export function keptQuestions(previous: Pick<SurveyVersion, 'questions'>, next: Pick<SurveyVersion, 'questions'>): string[] {
  const before = new Map(previous.questions.map((q) => [q.id, asAsked(q)]));
  return next.questions.filter((q) => before.get(q.id) === asAsked(q)).map((q) => q.id);
}
