// The safeguarding domain's staff screens by section key (the keys of the manifest's staff sections): one lazy chunk.
import type { StaffScreens } from '../../../ui/feature-manifest';
import { SafeguardingPage } from './safeguarding-page';
import { SafetyWordsPage } from './safety-words-page';
import { SafeguardingSettingsPage } from './settings-page';

const screens: StaffScreens = {
  safeguarding: SafeguardingPage,
  safetyWords: SafetyWordsPage,
  safeguardingSettings: SafeguardingSettingsPage,
};
export default screens;
