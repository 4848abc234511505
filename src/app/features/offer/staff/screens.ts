// The local offer's staff screens by section key (the keys of staff/sections.ts): one lazy chunk.
import type { StaffScreens } from '../../../ui/feature-manifest';
import { OfferPage } from './offer-page';

const screens: StaffScreens = { offer: OfferPage };
export default screens;
