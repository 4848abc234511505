// Pure rules of the wall screens: which prompts a young person sees, in what order, and how their posts are doing.
import type { PromptKind, WallPrompt } from '../../../../shared/wall';
import type { MyItemRow } from '../../../storage/rows';

export const KIND_ORDER: readonly PromptKind[] = ['yes-more', 'no-more', 'starter'];

/** Prompts for the whole council plus the young person's own district (all districts when none chosen). */
export function visiblePrompts(prompts: readonly WallPrompt[], districtId: string | null): WallPrompt[] {
  return prompts
    .filter((p) => p.districtId === null || districtId === null || p.districtId === districtId)
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.sortOrder - b.sortOrder);
}

export function groupByKind(prompts: readonly WallPrompt[]): Array<{ kind: PromptKind; prompts: WallPrompt[] }> {
  return KIND_ORDER.map((kind) => ({ kind, prompts: prompts.filter((p) => p.kind === kind) })).filter(
    (g) => g.prompts.length > 0,
  );
}

export type PostJourney = 'not-sent' | 'couldnt-send' | 'delivered' | 'published' | 'kept-private' | 'withdrawn';

/**
 * Where one of the young person's own posts has got to. Words this phone's check thought may be about harm are never
 * "waiting to go on the wall": the server's check is the same, so they are kept private from the start.
 */
export function journeyOf(item: Pick<MyItemRow, 'delivery' | 'state' | 'withdrawn' | 'flaggedOnDevice'>): PostJourney {
  if (item.withdrawn) return 'withdrawn';
  if (item.delivery === 'rejected') return 'couldnt-send';
  if (item.delivery === 'not-sent') return 'not-sent';
  if (item.state === 'kept-private' || (item.flaggedOnDevice && (item.state === null || item.state === 'delivered'))) return 'kept-private';
  if (item.state === 'published' || item.state === 'themed' || item.state === 'answered') return 'published';
  return 'delivered';
}

export const MAX_POST_LENGTH = 500;
