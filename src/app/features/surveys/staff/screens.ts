// The surveys domain's staff screens by section key (the keys of staff/sections.ts and authoring/sections.ts): one
// lazy chunk.
import type { StaffScreens } from '../../../ui/feature-manifest';
import { SurveysPage } from '../authoring/surveys-page';
import { PaperPage } from './paper-page';
import { PopulationPage } from './population-page';
import { ResultsPage } from './results-page';

const screens: StaffScreens = {
  surveyResults: ResultsPage,
  surveyPaper: PaperPage,
  surveyPopulation: PopulationPage,
  surveys: SurveysPage,
};
export default screens;
