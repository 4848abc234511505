// Storing an anonymous response. Whoever sent it (a phone's op, an IRO's sealed queue, a paper copy keyed in by staff),
// the row holds the survey, its version, the mode, the month and the checked answers — never a device, an IP, an op
// id, a staff id or a time finer than the month. It is held (survey_held) and a later batch moves it to
// survey_responses and the counts (held.ts), so nothing results read was written in the sender's transaction.
import { newId } from '../../../../shared/ids';
import { assessText } from '../../../../shared/safety/assess-text';
import { surveyVersionSchema, type SurveyVersion } from '../../../../shared/survey/definition';
import { checkAnswers, textAnswers, type ResponseMode, type SurveySubmitPayload } from '../../../../shared/survey/response';
import { councilSafetyTerms } from '../../../council/load';
import type { Db } from '../../../db/schema';
import { readJsonColumn } from '../../../lib/json-column';
import { quotaHour } from '../../../sync/quota';

export type StoreOutcome =
  { status: 'stored'; id: string; flagged: boolean } | { status: 'refused'; code: 'not-found' | 'invalid-payload'; message: string };

/** One published version of a council's survey, or null. */
export async function loadVersion(
  db: Db,
  councilId: string,
  surveyId: string,
  version: number,
): Promise<{ definition: SurveyVersion; publishedAt: string } | null> {
  const row = await db
    .selectFrom('surveys')
    .select(['definition', 'published_at'])
    .where('council_id', '=', councilId)
    .where('id', '=', surveyId)
    .where('version', '=', version)
    .where('status', '=', 'published')
    .executeTakeFirst();
  if (!row) return null;
  const definition = readJsonColumn<SurveyVersion | null>(row.definition, surveyVersionSchema, null);
  return definition ? { definition: { ...definition, id: surveyId, version }, publishedAt: row.published_at } : null;
}

/** The month kept: the one the phone says, but never after the month it arrived nor before the version was published. */
export function keptMonth(said: string, publishedAt: string, now: Date): string {
  const arrived = now.toISOString().slice(0, 7);
  const published = publishedAt.slice(0, 7);
  if (said > arrived) return arrived;
  if (said < published) return published;
  return said;
}

/** Checks and stores one response inside `trx`. Refuses (writing nothing) an unknown version or a wrong answer. */
export async function storeResponse(trx: Db, councilId: string, payload: SurveySubmitPayload, mode: ResponseMode, now: Date): Promise<StoreOutcome> {
  const found = await loadVersion(trx, councilId, payload.surveyId, payload.version);
  if (!found) return { status: 'refused', code: 'not-found', message: 'This survey is not one your council has published.' };
  const checked = checkAnswers(found.definition, payload.answers);
  if (!checked.ok) return { status: 'refused', code: 'invalid-payload', message: checked.message };
  const extraTerms = await councilSafetyTerms(trx, councilId);
  // Checked on what the young person wrote, before redaction took anything out.
  const doubted = textAnswers(found.definition, payload.answers).some((text) => assessText(text, { extraTerms }).disclosure);
  const flagged = doubted || payload.flaggedOnDevice === true;
  const id = newId();
  const month = keptMonth(payload.month, found.publishedAt, now);
  await trx
    .insertInto('survey_held')
    .values({
      id,
      council_id: councilId,
      survey_id: payload.surveyId,
      version: payload.version,
      mode,
      month,
      gender: payload.gender ?? null,
      answers: JSON.stringify(checked.answers),
      flagged: flagged ? 1 : 0,
      held_hour: quotaHour(now),
    })
    .execute();
  return { status: 'stored', id, flagged };
}
