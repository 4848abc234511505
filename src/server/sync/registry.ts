// The one table of op handlers and pull sources. A new feature adds its exports here and nowhere else.
import { councilPullSources } from '../features/council/sync';
import { feedOpHandlers, feedPullSources } from '../features/feed/sync';
import { wallOpHandlers, wallPullSources } from '../features/wall/sync';
import { withdrawOpHandlers } from '../features/wall/withdraw';
import type { OpHandlers, PullSources } from './types';

export const opHandlers: OpHandlers = { ...wallOpHandlers, ...feedOpHandlers, ...withdrawOpHandlers };
export const pullSources: PullSources = { ...councilPullSources, ...wallPullSources, ...feedPullSources };
