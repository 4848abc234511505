// The requests domain's staff screens by section key (the keys of staff/sections.ts): one lazy chunk.
import type { StaffScreens } from '../../../ui/feature-manifest';
import { ReportPage } from './report-page';
import { RequestsPage } from './requests-page';

const screens: StaffScreens = {
  requests: RequestsPage,
  requestsReport: ReportPage,
};
export default screens;
