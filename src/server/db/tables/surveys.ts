// Tables added by the surveys migration (011).
import type { AgeBand } from '../../../shared/survey/definition';

/** One published version of one age band's survey, for one council. Never updated once written. */
export interface SurveysTable {
  council_id: string;
  id: string;
  version: number;
  round: string;
  band: AgeBand;
  /** JSON of the whole version (surveyVersionSchema). */
  definition: string;
  status: 'published';
  published_at: string;
}

export interface SurveyTables {
  surveys: SurveysTable;
}
