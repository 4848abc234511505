// Demoshire gets Heard's default "How's life?" round, published, so a demo phone's first pull carries all four age
// bands' versions. Only server seed code imports the defaults: the phone gets them through the pull.
import type { Trx } from '../../db/schema';
import type { DemoSeedContext } from '../../ports/server-feature';
import { DEFAULT_SURVEYS } from '../../../shared/survey/defaults/index';
import { publishSurveyVersions } from './service/publish';

export async function seedDemoSurveys(trx: Trx, ctx: DemoSeedContext): Promise<void> {
  await publishSurveyVersions(trx, ctx.councilId, DEFAULT_SURVEYS, ctx.now.toISOString());
}
