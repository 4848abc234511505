// The one list of the app's features, in navigation order. Routes, navigation, home cards, staff sections and locale
// namespaces are all built from it; a new domain adds its manifest here and nowhere else.
import { admin } from './admin/manifest';
import { feed } from './feed/manifest';
import { join } from './join/manifest';
import { offer } from './offer/manifest';
import { polls } from './polls/manifest';
import { privacy } from './privacy/manifest';
import { requests } from './requests/manifest';
import { safeguarding } from './safeguarding/manifest';
import { surveys } from './surveys/manifest';
import type { FeatureManifest } from '../ui/feature-manifest';
import { wall } from './wall/manifest';

export const FEATURES: readonly FeatureManifest[] = [wall, feed, polls, surveys, requests, offer, privacy, join, safeguarding, admin];
