// "How's life?" writes on this phone: the age (once, kept here only), every answer into the survey's draft at once, and
// the finished survey as one anonymous op. Sending is one transaction: the op is queued, the draft deleted and the
// version noted as answered, together or not at all. No my-items entry is made: nothing on the phone links the answers
// to the op, and once the op is delivered the answers are nowhere on the phone.
import { newId } from '../../../../shared/ids';
import type { SurveyVersion } from '../../../../shared/survey/definition';
import { clearHiddenAnswers } from '../../../../shared/survey/rules';
import type { SurveySubmitPayload } from '../../../../shared/survey/response';
import { db } from '../../../storage/db';
import { queueOp, writeWithOp } from '../../../storage/outbox';
import type { SurveyDraftRow, SurveyProfile } from '../../../storage/rows';
import { doneKey, monthOf } from '../model/survey-model';

export function saveProfile(profile: SurveyProfile): Promise<void> {
  return db.meta.put({ key: 'surveyProfile', value: profile }).then(() => undefined);
}

export type DraftChange = Partial<Pick<SurveyDraftRow, 'answers' | 'index' | 'gender' | 'flaggedOnDevice'>>;

/**
 * Saves the draft of `version` with `change` (a new answer, the question now on screen, …). A draft of another
 * version of the same survey is replaced. Throws when the phone could not save it: the screen says so.
 */
export async function saveDraft(version: SurveyVersion, change: DraftChange): Promise<void> {
  await db.transaction('rw', db.surveyDrafts, async () => {
    const old = await db.surveyDrafts.get(version.id);
    const base = old && old.version === version.version ? old : { surveyId: version.id, version: version.version, answers: {}, index: 0 };
    const next: SurveyDraftRow = { ...base, ...change, updatedAt: new Date().toISOString() };
    if (change.gender === undefined && 'gender' in change) delete next.gender;
    await db.surveyDrafts.put(next);
  });
}

/** "Start again": the draft is thrown away. */
export async function discardDraft(surveyId: string): Promise<void> {
  await db.surveyDrafts.delete(surveyId);
}

/**
 * Sends the finished survey: the op (answers to hidden questions cleared, the month only), the draft deleted and the
 * version marked answered, in one transaction. Returns nothing that could find the op again.
 */
export async function submitSurvey(
  version: SurveyVersion,
  answers: Readonly<Record<string, unknown>>,
  extra: { gender?: SurveySubmitPayload['gender']; flaggedOnDevice?: boolean },
  now: Date = new Date(),
): Promise<void> {
  const payload: SurveySubmitPayload = {
    surveyId: version.id,
    version: version.version,
    answers: clearHiddenAnswers(version, answers),
    month: monthOf(now),
    ...(extra.gender ? { gender: extra.gender } : {}),
    ...(extra.flaggedOnDevice ? { flaggedOnDevice: true } : {}),
  };
  await writeWithOp([db.surveyDrafts, db.surveysDone], async () => {
    await queueOp(newId(), 'survey.submit', payload);
    await db.surveyDrafts.delete(version.id);
    await db.surveysDone.put({ key: doneKey(version.id, version.version), surveyId: version.id, version: version.version, outcome: 'answered' });
  });
}

/** "Not now" on a pulse check-in: it is not offered again in its window (nor after). */
export async function putAside(version: SurveyVersion): Promise<void> {
  await db.surveysDone.put({ key: doneKey(version.id, version.version), surveyId: version.id, version: version.version, outcome: 'put-aside' });
}

/** Where this phone's answers to `surveyId` are: waiting for a signal, refused by the server, or sent (none left). */
export async function sendState(surveyId: string): Promise<'waiting' | 'refused' | 'sent'> {
  const mine = await db.outbox.filter((r) => r.type === 'survey.submit' && (r.payload as { surveyId?: string }).surveyId === surveyId).toArray();
  if (mine.some((r) => r.state === 'queued')) return 'waiting';
  return mine.length > 0 ? 'refused' : 'sent';
}

/** A finished survey the server refused: why (its code), and the answers it carried, kept on the phone to be seen. */
export interface RefusedSurvey {
  version: number;
  code: string | null;
  answers: Record<string, unknown>;
}

/**
 * The newest refused `survey.submit` of `surveyId`, or null. The op stays in the outbox with its payload (the answers,
 * the hidden ones already cleared) until the young person lets it go, so nothing they answered is lost unseen.
 */
export async function refusedSurvey(surveyId: string): Promise<RefusedSurvey | null> {
  const mine = await db.outbox
    .where('state')
    .equals('rejected')
    .filter((r) => r.type === 'survey.submit' && (r.payload as { surveyId?: string }).surveyId === surveyId)
    .toArray();
  const last = mine.at(-1);
  if (!last) return null;
  const payload = last.payload as Partial<SurveySubmitPayload>;
  return { version: payload.version ?? 0, code: last.code ?? null, answers: payload.answers ?? {} };
}
