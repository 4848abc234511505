// The IRO's staff section: "A survey with a young person" at a review (admins may open it too, without the tally).
import type { StaffSection } from '../../../ui/feature-manifest';

export const IRO_SURVEY_SECTION: StaffSection = { path: '/staff/survey-with-young-person', key: 'iroSurvey', roles: ['iro', 'admin'], order: 7 };

/** The locale namespace of the IRO screens (the child's screens on the IRO's device use it too). */
export const IRO_NAMESPACE = 'survey-iro';
