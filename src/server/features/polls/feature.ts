// Language polls: young people vote on and suggest the words Heard and the council use; staff adopt one.
import type { ServerFeature } from '../../ports/server-feature';
import { pollRoutes } from './routes';
import { seedDemoPolls } from './seed';
import { pollCitations } from './sources/citations';
import { pollMyItems, pollTakeBack } from './sources/my-items';
import { pollSafeguarding } from './sources/safeguarding';
import { pollOpHandlers, pollPullSources } from './sync';

export const pollsFeature: ServerFeature = {
  name: 'polls',
  tables: ['polls', 'poll_options', 'poll_votes'],
  routes: pollRoutes,
  opHandlers: (ports) => pollOpHandlers(ports),
  pullSources: pollPullSources,
  contributes: {
    myItems: [pollMyItems],
    withdrawals: [pollTakeBack],
    safeguarding: [pollSafeguarding],
    citations: [pollCitations],
  },
  seedDemo: seedDemoPolls,
};
