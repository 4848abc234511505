// The local offer for care leavers: what the council gives, by topic, searchable offline, "What is for me?" from a
// few answers kept on the phone, "My list", and "Ask my PA about this" (a question through "Ask for help"); (staff) the
// editor, publishing with the statutory checks, and history.
import { lazy } from 'react';
import type { FeatureManifest } from '../../ui/feature-manifest';
import { OfferSymbol } from '../../ui/icons';
import { offerStaffScreens, offerStaffSections } from './staff/sections';

export const offer: FeatureManifest = {
  id: 'offer',
  // The staff screens' words (offer-staff) load when a staff screen first asks for them.
  namespaces: ['offer'],
  routes: [
    { patterns: ['/offer'], page: lazy(() => import('./components/offer-page')) },
    { patterns: ['/offer/for-me'], page: lazy(() => import('./components/for-me-page')) },
    { patterns: ['/offer/my-list'], page: lazy(() => import('./components/my-list-page')) },
    { patterns: ['/offer/category/:category'], page: lazy(() => import('./components/category-page')) },
    { patterns: ['/offer/item/:id'], page: lazy(() => import('./components/item-page')) },
  ],
  nav: [{ href: '/offer', key: 'offer', symbol: OfferSymbol, nav: 'more', home: true }],
  staffScreens: offerStaffScreens,
  staff: offerStaffSections,
};
