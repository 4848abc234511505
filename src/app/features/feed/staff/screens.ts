// The feed domain's staff screens by section key (the keys of the manifest's staff sections): one lazy chunk.
import type { StaffScreens } from '../../../ui/feature-manifest';
import { ThemesPage } from './themes-page';
import { FeedPage } from './feed-page';
import { LogPage } from './log-page';

const screens: StaffScreens = {
  themes: ThemesPage,
  feed: FeedPage,
  log: LogPage,
};
export default screens;
