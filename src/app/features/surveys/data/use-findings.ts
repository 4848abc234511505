// What the "What we found" screen reads: the findings the council published, newest first, from this phone's copy.
import type { SurveyFinding } from '../../../../shared/survey/authoring';
import { db } from '../../../storage/db';
import { useLiveQuery } from '../../../storage/live';

/** Undefined while loading. */
export function useFindings(): SurveyFinding[] | undefined {
  return useLiveQuery(async () => (await db.surveyFindings.toArray()).sort((a, b) => b.publishedAt.localeCompare(a.publishedAt)), []);
}
