// The wall domain's staff screens by section key (the keys of the manifest's staff sections): one lazy chunk.
import type { StaffScreens } from '../../../ui/feature-manifest';
import { ModerationPage } from './moderation-page';
import { PromptsPage } from './prompts-page';

const screens: StaffScreens = {
  moderation: ModerationPage,
  prompts: PromptsPage,
};
export default screens;
