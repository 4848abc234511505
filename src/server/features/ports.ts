// Gathers the ports from what each domain contributes, in list order.
import type { Ports } from '../ports/ports';
import { NO_POSTS } from '../ports/posts';
import type { ServerFeature } from '../ports/server-feature';

function one<K extends 'posts' | 'feedAnswers' | 'alerts' | 'offerItems'>(features: readonly ServerFeature[], key: K): Ports[K] | undefined {
  const given = features.flatMap((f) => (f.contributes?.[key] ? [f.name] : []));
  if (given.length > 1) throw new Error(`Only one domain may provide ${key}; ${given.join(' and ')} both do.`);
  return features.find((f) => f.contributes?.[key])?.contributes?.[key] as Ports[K] | undefined;
}

export function collectPorts(features: readonly ServerFeature[]): Ports {
  const given = features.map((f) => f.contributes ?? {});
  return {
    myItems: given.flatMap((c) => c.myItems ?? []),
    myItemLinks: given.flatMap((c) => c.myItemLinks ?? []),
    seenByPerson: given.flatMap((c) => c.seenByPerson ?? []),
    withdrawals: given.flatMap((c) => c.withdrawals ?? []),
    safeguarding: given.flatMap((c) => c.safeguarding ?? []),
    citations: given.flatMap((c) => c.citations ?? []),
    wordsHolders: given.flatMap((c) => c.wordsHolders ?? []),
    posts: one(features, 'posts') ?? NO_POSTS,
    feedAnswers: one(features, 'feedAnswers') ?? null,
    alerts: one(features, 'alerts') ?? null,
    offerItems: one(features, 'offerItems') ?? null,
    waiting: given.flatMap((c) => c.waiting ?? []),
  };
}
