// Findings published to young people after a round: "What you told us" and "What we will do", in plain words and in
// every language, optionally about some of the round's questions. Written once; phones get them through the pull, and
// a "you said, we did" item may cite one.
import type { Selectable } from 'kysely';
import { z } from 'zod';
import { newId } from '../../../../shared/ids';
import type { findingCreateSchema } from '../../../../shared/survey/authoring';
import { surveyFindingSchema, type SurveyFinding, type WithdrawnFinding } from '../../../../shared/survey/authoring';
import { surveyVersionSchema, type SurveyVersion } from '../../../../shared/survey/definition';
import { staffNames } from '../../../auth/staff-names';
import type { Db } from '../../../db/schema';
import type { SurveyFindingsTable } from '../../../db/tables/survey-findings';
import { audit } from '../../../lib/audit';
import { badRequest } from '../../../lib/errors';
import { readJsonColumn } from '../../../lib/json-column';
import type { AppDeps, StaffAuth } from '../../../lib/route';
import { recordChanges } from '../../../sync/change-log';

const wordsColumn = surveyFindingSchema.shape.told;
const idsColumn = z.array(z.string());

function toFinding(row: Selectable<SurveyFindingsTable>): SurveyFinding | null {
  const told = readJsonColumn(row.told, wordsColumn.nullable(), null);
  const willDo = readJsonColumn(row.will_do, wordsColumn.nullable(), null);
  if (!told || !willDo) return null;
  return { id: row.id, round: row.round, told, willDo, questionIds: readJsonColumn(row.question_ids, idsColumn, []), publishedAt: row.published_at };
}

/**
 * The council's published findings, newest first; `ids` narrows them (the pull asks for the ones that changed, and
 * sends a tombstone for each one left out: a withdrawn finding leaves every phone).
 */
export async function loadFindings(db: Db, councilId: string, ids?: readonly string[]): Promise<SurveyFinding[]> {
  if (ids && ids.length === 0) return [];
  let query = db.selectFrom('survey_findings').selectAll().where('council_id', '=', councilId).where('withdrawn_at', 'is', null);
  if (ids) query = query.where('id', 'in', ids);
  const rows = await query.orderBy('published_at', 'desc').orderBy('id').execute();
  return rows.flatMap((row) => toFinding(row) ?? []);
}

/** How many withdrawn findings the staff list shows at most (newest withdrawal first). */
export const WITHDRAWN_LIST_MAX = 200;

/** The council's findings withdrawn after publication, newest withdrawal first: their words, who withdrew them, when, why. */
export async function loadWithdrawnFindings(db: Db, councilId: string): Promise<WithdrawnFinding[]> {
  const rows = await db
    .selectFrom('survey_findings')
    .selectAll()
    .where('council_id', '=', councilId)
    .where('withdrawn_at', 'is not', null)
    .orderBy('withdrawn_at', 'desc')
    .orderBy('id')
    .limit(WITHDRAWN_LIST_MAX)
    .execute();
  // Names through the staff records' own reader: a staff account that is gone has no name.
  const names = await staffNames(
    db,
    rows.flatMap((r) => (r.withdrawn_by ? [r.withdrawn_by] : [])),
  );
  return rows.flatMap((row) => {
    const finding = toFinding(row);
    if (!finding || !row.withdrawn_at) return [];
    const withdrawnBy = row.withdrawn_by ? (names.get(row.withdrawn_by) ?? null) : null;
    return [{ ...finding, withdrawnAt: row.withdrawn_at, withdrawnBy, reason: row.withdrawn_reason }];
  });
}

/** The question ids asked in any version of the round, or null when the council has no such round. */
async function roundQuestionIds(db: Db, councilId: string, round: string): Promise<Set<string> | null> {
  const rows = await db.selectFrom('surveys').select('definition').where('council_id', '=', councilId).where('round', '=', round).execute();
  if (rows.length === 0) return null;
  const ids = new Set<string>();
  for (const row of rows) {
    const v = readJsonColumn<SurveyVersion | null>(row.definition, surveyVersionSchema, null);
    for (const q of v?.questions ?? []) ids.add(q.id);
  }
  return ids;
}

export async function publishFinding(deps: AppDeps, staff: StaffAuth, body: z.output<typeof findingCreateSchema>): Promise<SurveyFinding> {
  const asked = await roundQuestionIds(deps.db, staff.councilId, body.round);
  if (!asked) throw badRequest('unknown-round', `Your council has no survey round "${body.round}".`);
  const unknown = body.questionIds.filter((q) => !asked.has(q));
  if (unknown.length > 0) throw badRequest('unknown-question', `The round ${body.round} does not ask ${unknown.join(', ')}.`);
  const now = deps.now();
  const finding: SurveyFinding = {
    id: newId(),
    round: body.round,
    told: body.told,
    willDo: body.willDo,
    questionIds: [...new Set(body.questionIds)],
    publishedAt: now.toISOString(),
  };
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('survey_findings')
      .values({
        id: finding.id,
        council_id: staff.councilId,
        round: finding.round,
        told: JSON.stringify(finding.told),
        will_do: JSON.stringify(finding.willDo),
        question_ids: JSON.stringify(finding.questionIds),
        published_at: finding.publishedAt,
        published_by: staff.staffId,
      })
      .execute();
    await recordChanges(trx, [{ councilId: staff.councilId, collection: 'surveyFindings', entityId: finding.id }]);
    await audit(
      trx,
      {
        councilId: staff.councilId,
        staffId: staff.staffId,
        action: 'survey.finding.publish',
        entity: 'survey-finding',
        entityId: finding.id,
        detail: { round: finding.round, questions: finding.questionIds.length },
      },
      now,
    );
  });
  return finding;
}
