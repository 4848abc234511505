// The journey of the young person's own words, one model for every kind: sent → on the wall / in the poll (or kept
// private) → part of a theme (wall posts) → answered. Pure: no storage, no React.
import type { MyItemRow } from '../../storage/rows';

export type StepKey = 'sent' | 'wall' | 'poll' | 'theme' | 'answer' | 'pollClosed' | 'withdrawn';
export type StepState = 'done' | 'now' | 'todo' | 'private' | 'problem';
export interface JourneyStep {
  key: StepKey;
  state: StepState;
}

/**
 * The journey of one of the device's own items, step by step. A kept-private item's journey stops there, kindly.
 */
export function journeySteps(
  item: Pick<MyItemRow, 'kind' | 'delivery' | 'state' | 'themeIds' | 'feedItemIds' | 'withdrawn' | 'flaggedOnDevice'>,
  /** For a name idea: its poll has closed (another name was chosen, or none). */
  context: { pollClosed?: boolean } = {},
): JourneyStep[] {
  // Taken back: that is the whole story now.
  if (item.withdrawn) return [{ key: 'withdrawn', state: 'done' }];
  const steps: JourneyStep[] = [];
  const sent: StepState = item.delivery === 'delivered' ? 'done' : item.delivery === 'rejected' ? 'problem' : 'now';
  steps.push({ key: 'sent', state: sent });
  // A request follows the council's stages, not the wall's journey: its reference and stage are shown beside this.
  if (item.kind === 'request') return steps;
  const shownKey: StepKey = item.kind === 'poll-suggestion' ? 'poll' : 'wall';
  if (sent !== 'done') {
    steps.push({ key: shownKey, state: 'todo' });
    if (item.kind === 'wall-post') steps.push({ key: 'theme', state: 'todo' });
    steps.push({ key: 'answer', state: 'todo' });
    return steps;
  }
  // Words this phone's check thought may be about harm are kept private from the start (the server's check is the
  // same): never "a person is checking it for the wall". Once the server says more, its word stands.
  const state = item.flaggedOnDevice && (item.state === null || item.state === 'delivered') ? 'kept-private' : (item.state ?? 'delivered');
  if (state === 'kept-private') {
    steps.push({ key: shownKey, state: 'private' });
    return steps;
  }
  const answered = state === 'answered' || item.feedItemIds.length > 0;
  const themed = item.themeIds.length > 0;
  steps.push({ key: shownKey, state: state === 'delivered' ? 'now' : 'done' });
  if (item.kind === 'wall-post' && (themed || !answered)) {
    steps.push({ key: 'theme', state: themed ? 'done' : state === 'delivered' ? 'todo' : 'now' });
  }
  if (item.kind === 'poll-suggestion' && !answered && context.pollClosed) {
    // The poll is over and this idea was not chosen: say so kindly rather than "people vote" forever.
    steps.push({ key: 'pollClosed', state: 'done' });
    return steps;
  }
  steps.push({ key: 'answer', state: answered ? 'done' : themed ? 'now' : 'todo' });
  return steps;
}

export type PostJourney = 'not-sent' | 'couldnt-send' | 'delivered' | 'published' | 'kept-private' | 'withdrawn';

/**
 * Where an item has got to, in a word: the first two steps of its journey. Words this phone's check thought may be
 * about harm are never "waiting to go on the wall": they are kept private from the start.
 */
export function journeyOf(item: Pick<MyItemRow, 'delivery' | 'state' | 'withdrawn' | 'flaggedOnDevice'>): PostJourney {
  const [sent, shown] = journeySteps({ kind: 'wall-post', themeIds: [], feedItemIds: [], ...item });
  if (!sent || sent.key === 'withdrawn') return 'withdrawn';
  if (sent.state === 'problem') return 'couldnt-send';
  if (sent.state !== 'done') return 'not-sent';
  if (shown?.state === 'private') return 'kept-private';
  return shown?.state === 'done' ? 'published' : 'delivered';
}

/** Newest first. */
export function sortMine(items: readonly MyItemRow[]): MyItemRow[] {
  return [...items].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.id < b.id ? 1 : -1));
}
