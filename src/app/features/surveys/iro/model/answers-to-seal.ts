// What is sealed from a child's answers: as the server will keep them, so a sealed response is never refused for a
// stray space or an answer to a question that ended up hidden.
import { clearHiddenAnswers, type SurveyVersion } from '../../../../../shared/survey/definition';

/** Hidden answers cleared, free text trimmed, empty answers left out. */
export function answersToSeal(version: SurveyVersion, answers: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(clearHiddenAnswers(version, answers))) {
    const v = typeof value === 'string' ? value.trim() : value;
    if (v !== '' && v !== undefined && !(Array.isArray(v) && v.length === 0)) kept[id] = v;
  }
  return kept;
}

/** 'YYYY-MM' of the device's own calendar: the only time a response keeps. */
export const monthOf = (now: Date): string => `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
