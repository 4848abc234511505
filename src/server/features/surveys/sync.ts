// The surveys' part of the one pull path (surveys). Answers (survey.submit) are not taken yet.
import type { PullSources } from '../../sync/types';
import { loadPublishedSurveys } from './service/views';

export const surveyPullSources: PullSources = {
  surveys: (db, scope, ids) => loadPublishedSurveys(db, scope.councilId, ids),
};
