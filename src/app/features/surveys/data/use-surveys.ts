// What the "How's life?" screens read: the council's surveys, the age kept on this phone, the draft, what is finished.
import type { SurveyVersion } from '../../../../shared/survey/definition';
import { useLiveQuery } from '../../../storage/live';
import { db } from '../../../storage/db';
import type { SurveyDraftRow, SurveyProfile } from '../../../storage/rows';
import { refusedSurvey, sendState, type RefusedSurvey } from './survey-data';

/** Every survey version the council has published; undefined while loading. */
export function useSurveys(): SurveyVersion[] | undefined {
  return useLiveQuery(() => db.surveys.toArray(), []);
}

/** The age this phone keeps; null when not asked yet, undefined while loading. */
export function useProfile(): SurveyProfile | null | undefined {
  return useLiveQuery(async () => ((await db.meta.get('surveyProfile'))?.value as SurveyProfile | undefined) ?? null, []);
}

/** The draft of `surveyId`; null when there is none, undefined while loading. */
export function useDraft(surveyId: string | undefined): SurveyDraftRow | null | undefined {
  return useLiveQuery(async () => (surveyId ? ((await db.surveyDrafts.get(surveyId)) ?? null) : null), [surveyId]);
}

/** The keys ("<id>@<version>") of the versions this phone has answered or put aside; undefined while loading. */
export function useFinished(): Set<string> | undefined {
  return useLiveQuery(async () => new Set((await db.surveysDone.toArray()).map((r) => r.key)), []);
}

export function useSendState(surveyId: string): 'waiting' | 'refused' | 'sent' | undefined {
  return useLiveQuery(() => sendState(surveyId), [surveyId]);
}

/** The newest refused send of `surveyId` (its reason and answers); null when none, undefined while loading. */
export function useRefusedSurvey(surveyId: string): RefusedSurvey | null | undefined {
  return useLiveQuery(() => refusedSurvey(surveyId), [surveyId]);
}
