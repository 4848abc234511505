// "Your privacy": what happens to what a young person writes, and "Forget this phone".
import { lazy } from 'react';
import type { FeatureManifest } from '../../ui/feature-manifest';

export const privacy: FeatureManifest = {
  id: 'privacy',
  namespaces: ['privacy'],
  routes: [{ patterns: ['/privacy'], page: lazy(() => import('./components/privacy-page')) }],
};
