// Publishing survey versions: each is checked as the shared contract and, with the others published with it, as a
// sound round, then written once. There is no update path: a published version never changes.
import { roundProblems, surveyVersionSchema, type SurveyVersion } from '../../../../shared/survey/definition';
import type { Trx } from '../../../db/schema';
import { recordChanges } from '../../../sync/change-log';

export async function publishSurveyVersions(trx: Trx, councilId: string, versions: readonly SurveyVersion[], at: string): Promise<void> {
  const checked = versions.map((v) => surveyVersionSchema.parse(v));
  const problems = roundProblems(checked);
  if (problems.length > 0) throw new Error(`These survey versions are not a sound round: ${problems.join('; ')}`);
  if (checked.length === 0) return;
  await trx
    .insertInto('surveys')
    .values(
      checked.map((v) => ({
        council_id: councilId,
        id: v.id,
        version: v.version,
        round: v.round,
        band: v.band,
        definition: JSON.stringify(v),
        status: 'published' as const,
        published_at: at,
      })),
    )
    .execute();
  // Phones key a survey by its id and hold its newest version, so the change is the id.
  await recordChanges(
    trx,
    [...new Set(checked.map((v) => v.id))].map((id) => ({ councilId, collection: 'surveys' as const, entityId: id })),
  );
}
