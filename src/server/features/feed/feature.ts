// "You said, we did": themes that group what young people said, feed items that answer it, and the district log.
// Themes live here rather than in a domain of their own: a theme exists to be answered (feed items cite themes, a
// merge moves those citations, a theme shows the items answering it), so the two share their tables' story.
import type { ServerFeature } from '../../ports/server-feature';
import { feedRoutes } from './routes';
import { seedDemoFeed } from './seed';
import { feedAnswers, feedWords, postLinks, themeCitations } from './sources';
import { feedOpHandlers, feedPullSources } from './sync';

export const feedFeature: ServerFeature = {
  name: 'feed',
  tables: ['themes', 'theme_posts', 'feed_items', 'feed_item_sources', 'feed_updates', 'feed_reactions'],
  routes: feedRoutes,
  opHandlers: () => feedOpHandlers,
  pullSources: feedPullSources,
  contributes: {
    myItemLinks: [postLinks],
    wordsHolders: [feedWords],
    citations: [themeCitations],
    feedAnswers,
  },
  seedDemo: seedDemoFeed,
};
