// "How's life?" surveys: the versions a council has published reach its phones through the pull (published versions
// never change), and a finished survey comes back as one anonymous survey.submit op.
import type { ServerFeature } from '../../ports/server-feature';
import { surveyRoutes } from './routes';
import { surveyAuthoringRoutes } from './routes-authoring';
import { iroSurveyRoutes } from './routes-iro';
import { seedDemoSurveys } from './seed';
import { moveHeldBatches } from './service/held';
import { findingCitations } from './sources/citations';
import { surveyOpHandlers, surveyPullSources } from './sync';

export const surveysFeature: ServerFeature = {
  name: 'surveys',
  tables: [
    'surveys',
    'survey_responses',
    'survey_held',
    'survey_populations',
    'survey_tallies',
    'survey_keys',
    'survey_sealed_entries',
    'survey_response_counts',
    'survey_answer_counts',
    'survey_paper_entries',
    'survey_findings',
  ],
  routes: (ports) => [...iroSurveyRoutes(), ...surveyRoutes(), ...surveyAuthoringRoutes(ports)],
  opHandlers: () => surveyOpHandlers,
  pullSources: surveyPullSources,
  contributes: { citations: [findingCitations] },
  seedDemo: seedDemoSurveys,
  topUpDemo: seedDemoSurveys,
  housekeeping: async (db, now) => {
    await moveHeldBatches(db, now);
  },
};
