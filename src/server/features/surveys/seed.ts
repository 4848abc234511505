// Demoshire gets Heard's default "How's life?" round, published, so a demo phone's first pull carries all four age
// bands' versions; a demo database made before surveys gets it at its next start. Only server seed code imports the
// defaults: the phone gets them through the pull.
import type { Trx } from '../../db/schema';
import { DEFAULT_ROUND, DEFAULT_SURVEYS } from '../../../shared/survey/defaults/index';
import { publishSurveyVersions } from './service/publish';

/** Publishes the default round for the council unless it has published a version of that round already. */
export async function seedDemoSurveys(trx: Trx, ctx: { councilId: string; now: Date }): Promise<void> {
  const any = await trx
    .selectFrom('surveys')
    .select('id')
    .where('council_id', '=', ctx.councilId)
    .where('round', '=', DEFAULT_ROUND)
    .executeTakeFirst();
  if (any) return;
  await publishSurveyVersions(trx, ctx.councilId, DEFAULT_SURVEYS, ctx.now.toISOString());
}
