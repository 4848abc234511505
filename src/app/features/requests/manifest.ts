// "Ask for help": an advocate, a complaint, a thank-you or "contact me as soon as you can", followed through the
// council's stages from this phone, or from any phone with the reference and check code; (staff) the triage queue,
// each case with its statutory stages, and the annual complaints report.
import { lazy } from 'react';
import type { FeatureManifest } from '../../ui/feature-manifest';
import { AskForHelpSymbol } from '../../ui/icons';
import { staffScreens, staffSections } from './staff/sections';

export const requests: FeatureManifest = {
  id: 'requests',
  // The staff screens' words (requests-staff) load when a staff screen first asks for them.
  namespaces: ['requests'],
  routes: [
    { patterns: ['/help'], page: lazy(() => import('./components/help-page')) },
    { patterns: ['/help/new/:door'], page: lazy(() => import('./components/request-form-page')) },
    { patterns: ['/help/ask/:offerItemId'], page: lazy(() => import('./components/ask-page')) },
    { patterns: ['/help/mine/:id'], page: lazy(() => import('./components/request-page')) },
    { patterns: ['/help/reference'], page: lazy(() => import('./components/lookup-page')) },
  ],
  nav: [{ href: '/help', key: 'help', symbol: AskForHelpSymbol, nav: 'more', home: true }],
  staffScreens,
  staff: staffSections,
};
