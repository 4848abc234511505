// The one table of op handlers and pull sources, built from the feature list; take-back and the phone's own items
// come from the my-items kit, fed by the domains' ports.
import { SERVER_FEATURES, SERVER_PORTS } from '../features/index';
import { myItemsPullSource } from '../my-items/load';
import { takeBackOpHandlers } from '../my-items/take-back';
import type { OpHandlers, PullSources } from './types';

function once<T extends object>(what: string, parts: T[]): T {
  const out = {} as Record<string, unknown>;
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      if (Object.hasOwn(out, key)) throw new Error(`Two domains claim the ${what} "${key}".`);
      out[key] = value;
    }
  }
  return out as T;
}

export const opHandlers: OpHandlers = once('op', [
  ...SERVER_FEATURES.map((f) => f.opHandlers?.(SERVER_PORTS) ?? {}),
  takeBackOpHandlers(SERVER_PORTS),
]);

export const pullSources: PullSources = once('pull collection', [
  ...SERVER_FEATURES.map((f) => f.pullSources ?? {}),
  { myItems: myItemsPullSource(SERVER_PORTS) },
]);
