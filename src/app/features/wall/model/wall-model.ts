// Pure rules of the wall screens: which prompts a young person sees and in what order.
import type { PromptKind, WallPrompt } from '../../../../shared/wall';

export const KIND_ORDER: readonly PromptKind[] = ['yes-more', 'no-more', 'starter'];

/** Prompts for the whole council plus the young person's own district (all districts when none chosen). */
export function visiblePrompts(prompts: readonly WallPrompt[], districtId: string | null): WallPrompt[] {
  return prompts
    .filter((p) => p.districtId === null || districtId === null || p.districtId === districtId)
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.sortOrder - b.sortOrder);
}

export function groupByKind(prompts: readonly WallPrompt[]): Array<{ kind: PromptKind; prompts: WallPrompt[] }> {
  return KIND_ORDER.map((kind) => ({ kind, prompts: prompts.filter((p) => p.kind === kind) })).filter((g) => g.prompts.length > 0);
}

export const MAX_POST_LENGTH = 500;
