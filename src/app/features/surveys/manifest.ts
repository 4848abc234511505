// "How's life?": the young person's well-being survey for their age, anonymous and offline, and short pulse check-ins;
// (staff) the round's results, the care population and paper returns.
import { lazy } from 'react';
import type { FeatureManifest } from '../../ui/feature-manifest';
import { SurveySymbol } from '../../ui/icons';
import { staffScreens, staffSections } from './staff/sections';

export const surveys: FeatureManifest = {
  id: 'surveys',
  // The staff screens' words (survey-results) load when a staff screen first asks for them.
  namespaces: ['surveys'],
  routes: [{ patterns: ['/survey', '/survey/:surveyId'], page: lazy(() => import('./components/survey-page')) }],
  // An open pulse check-in, offered once on the home screen ("Answer" or "Not now").
  homeCard: lazy(() => import('./components/pulse-card')),
  nav: [{ href: '/survey', key: 'survey', symbol: SurveySymbol, nav: 'more', home: true }],
  staffScreens,
  staff: staffSections,
};
