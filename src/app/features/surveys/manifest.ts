// "How's life?": the young person's well-being survey for their age, anonymous and offline, and short pulse check-ins;
// (staff) the round's results, the care population and paper returns, and an IRO's "survey with a young person".
import { lazy } from 'react';
import type { FeatureManifest } from '../../ui/feature-manifest';
import { preloadable } from '../../ui/preloadable';
import { SurveySymbol } from '../../ui/icons';
import { IRO_SURVEY_SECTION } from './iro/section';
import { AUTHORING_SECTIONS } from './authoring/sections';
import { staffScreens, staffSections } from './staff/sections';

export const surveys: FeatureManifest = {
  id: 'surveys',
  // Only the young person's words load with the first screen. The staff screens' words (survey-results, survey-iro,
  // survey-authoring) load when a screen first asks for them (useTranslation suspends until they arrive), as do the
  // findings page's (survey-authoring).
  namespaces: ['surveys'],
  routes: [
    // What the council found and will do (a route named word for word wins over /survey/:surveyId).
    { patterns: ['/survey/found'], page: lazy(() => import('./components/findings-page')) },
    { patterns: ['/survey', '/survey/:surveyId'], page: lazy(() => import('./components/survey-page')) },
  ],
  // An open pulse check-in, offered once on the home screen ("Answer" or "Not now").
  homeCard: preloadable(() => import('./components/pulse-card')),
  nav: [{ href: '/survey', key: 'survey', symbol: SurveySymbol, nav: 'more', home: true }],
  staffScreens: async () => {
    const [results, iro] = await Promise.all([staffScreens(), import('./iro/screens')]);
    return { default: { ...results.default, ...iro.default } };
  },
  staff: [IRO_SURVEY_SECTION, ...staffSections, ...AUTHORING_SECTIONS],
};
