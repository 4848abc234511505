// The wall: prompts, young people's posts and me-toos, moderation. Holds the posts other domains quote and theme.
import type { ServerFeature } from '../../ports/server-feature';
import { wallRoutes } from './routes';
import { seedDemoWall } from './seed';
import { wallMyItems, wallTakeBack } from './sources/my-items';
import { postCitations, wallPostDirectory } from './sources/posts';
import { wallSafeguarding } from './sources/safeguarding';
import { wallOpHandlers, wallPullSources } from './sync';

export const wallFeature: ServerFeature = {
  name: 'wall',
  tables: ['wall_prompts', 'wall_posts', 'wall_me_toos'],
  routes: wallRoutes,
  opHandlers: (ports) => wallOpHandlers(ports),
  pullSources: wallPullSources,
  contributes: {
    myItems: [wallMyItems],
    withdrawals: [wallTakeBack],
    safeguarding: [wallSafeguarding],
    citations: [postCitations],
    posts: wallPostDirectory,
  },
  seedDemo: async (trx, ctx) => {
    await seedDemoWall(trx, ctx);
  },
};
