// Demoshire gets Heard's default "How's life?" round, published, so a demo phone's first pull carries all four age
// bands' versions; a demo database made before surveys gets it at its next start. Only server seed code imports the
// defaults: the phone gets them through the pull. Asked for (DemoOptions.surveyResults, as `npm start` does), the
// round also gets its demo results (demo-results.ts), once: a demo made before them gets them at its next start.
import type { Trx } from '../../db/schema';
import type { DemoOptions } from '../../ports/server-feature';
import { DEFAULT_ROUND, DEFAULT_SURVEYS } from '../../../shared/survey/defaults/index';
import { demoRoundOpened, seedDemoSurveyResults } from './demo-results';
import { publishSurveyVersions } from './service/publish';

/**
 * Publishes the default round for the council unless it has published a version of that round already (with demo
 * results, a few months back, so its responses can be spread over the round's months), then adds the demo results
 * when asked and the round has none.
 */
export async function seedDemoSurveys(trx: Trx, ctx: { councilId: string; now: Date } & DemoOptions): Promise<void> {
  const any = await trx
    .selectFrom('surveys')
    .select('id')
    .where('council_id', '=', ctx.councilId)
    .where('round', '=', DEFAULT_ROUND)
    .executeTakeFirst();
  if (!any) {
    const publishedAt = ctx.surveyResults ? demoRoundOpened(ctx.now) : ctx.now;
    await publishSurveyVersions(trx, ctx.councilId, DEFAULT_SURVEYS, publishedAt.toISOString());
  }
  if (ctx.surveyResults) await seedDemoSurveyResults(trx, ctx.councilId, DEFAULT_ROUND, ctx.now);
}
