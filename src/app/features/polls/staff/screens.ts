// The polls domain's staff screens by section key (the keys of the manifest's staff sections): one lazy chunk.
import type { StaffScreens } from '../../../ui/feature-manifest';
import { PollsPage } from './polls-page';

const screens: StaffScreens = {
  polls: PollsPage,
};
export default screens;
