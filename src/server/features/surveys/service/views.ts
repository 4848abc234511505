// Surveys as phones see them: the newest published version of each survey id, the whole definition.
import { surveyVersionSchema, type SurveyVersion } from '../../../../shared/survey/definition';
import type { Db } from '../../../db/schema';
import { readJsonColumn } from '../../../lib/json-column';

export async function loadPublishedSurveys(db: Db, councilId: string, ids: readonly string[]): Promise<SurveyVersion[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('surveys')
    .select(['id', 'version', 'definition'])
    .where('council_id', '=', councilId)
    .where('status', '=', 'published')
    .where('id', 'in', ids)
    .orderBy('id')
    .orderBy('version', 'desc')
    .execute();
  const newest = new Map<string, SurveyVersion>();
  for (const row of rows) {
    if (newest.has(row.id)) continue;
    // Checked before it was written; a damaged row is left out (a tombstone) rather than failing every phone's pull.
    const definition = readJsonColumn<SurveyVersion | null>(row.definition, surveyVersionSchema, null);
    if (definition) newest.set(row.id, { ...definition, id: row.id, version: Number(row.version) });
  }
  return [...newest.values()];
}
