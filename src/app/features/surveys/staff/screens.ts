// The surveys domain's staff screens by section key (the keys of staff/sections.ts): one lazy chunk.
import type { StaffScreens } from '../../../ui/feature-manifest';
import { PaperPage } from './paper-page';
import { PopulationPage } from './population-page';
import { ResultsPage } from './results-page';

const screens: StaffScreens = {
  surveyResults: ResultsPage,
  surveyPaper: PaperPage,
  surveyPopulation: PopulationPage,
};
export default screens;
