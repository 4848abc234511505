// The "How's life?" staff sections (results, the care population, paper returns) and the loader of their screens,
// for the surveys manifest.
import type { StaffSection } from '../../../ui/feature-manifest';

export const staffSections: readonly StaffSection[] = [
  // Not IROs: they choose when their device delivers the children's sealed answers, so live results would let them
  // read one child's answers as the difference between two looks.
  { path: '/staff/survey-results', key: 'surveyResults', roles: ['participation', 'admin'], order: 84 },
  { path: '/staff/survey-paper', key: 'surveyPaper', roles: ['participation', 'admin'], order: 86 },
  { path: '/staff/survey-population', key: 'surveyPopulation', roles: ['admin'], order: 88 },
];

/** One chunk of staff screens for the domain, loaded by the staff area only (the chart library later still). */
export const staffScreens = () => import('./screens');
