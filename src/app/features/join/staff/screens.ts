// The join domain's staff screens by section key (the keys of the manifest's staff sections): one lazy chunk.
import type { StaffScreens } from '../../../ui/feature-manifest';
import { JoinHelpPage } from './join-help-page';

const screens: StaffScreens = {
  joinHelp: JoinHelpPage,
};
export default screens;
