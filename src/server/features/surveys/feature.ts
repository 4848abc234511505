// "How's life?" surveys: the versions a council has published reach its phones through the pull. Published versions
// never change; answering (survey.submit) and staff screens come later.
import type { ServerFeature } from '../../ports/server-feature';
import { seedDemoSurveys } from './seed';
import { surveyPullSources } from './sync';

export const surveysFeature: ServerFeature = {
  name: 'surveys',
  tables: ['surveys'],
  pullSources: surveyPullSources,
  seedDemo: seedDemoSurveys,
  topUpDemo: seedDemoSurveys,
};
