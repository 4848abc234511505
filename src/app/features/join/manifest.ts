// Joining a council with its code: the screen a phone sees until it has joined (and at /join/<code> links).
import { lazy } from 'react';
import type { FeatureManifest } from '../../ui/feature-manifest';

export const join: FeatureManifest = {
  id: 'join',
  namespaces: ['join'],
  join: lazy(() => import('./components/join-page')),
};
