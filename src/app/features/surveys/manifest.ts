// "How's life?": the young person's well-being survey for their age, anonymous and offline, and short pulse check-ins.
import { lazy } from 'react';
import type { FeatureManifest } from '../../ui/feature-manifest';
import { SurveySymbol } from '../../ui/icons';

export const surveys: FeatureManifest = {
  id: 'surveys',
  namespaces: ['surveys'],
  routes: [{ patterns: ['/survey', '/survey/:surveyId'], page: lazy(() => import('./components/survey-page')) }],
  // An open pulse check-in, offered once on the home screen ("Answer" or "Not now").
  homeCard: lazy(() => import('./components/pulse-card')),
  nav: [{ href: '/survey', key: 'survey', symbol: SurveySymbol, nav: 'more', home: true }],
};
