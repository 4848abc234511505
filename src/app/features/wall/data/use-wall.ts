// What the wall screens read: prompts, posts, this phone's "me too"s, its district and its unfinished words.
import { db } from '../../../storage/db';
import { useLiveQuery } from '../../../storage/live';
import type { DraftRow, WallPost, WallPrompt } from '../../../storage/rows';
import { draftKey } from './wall-data';

/** Every prompt; [] while loading. */
export function useWallPrompts(): WallPrompt[] {
  return useLiveQuery(() => db.wallPrompts.toArray(), [], []);
}

/** One prompt; undefined while loading or when there is none. */
export function usePrompt(promptId: string): WallPrompt | undefined {
  return useLiveQuery(() => db.wallPrompts.get(promptId), [promptId]);
}

/** Published posts: of one prompt newest first, or (no prompt) all of them; [] while loading. */
export function useWallPosts(promptId?: string): WallPost[] {
  return useLiveQuery(
    () => (promptId === undefined ? db.wallPosts.toArray() : db.wallPosts.where('promptId').equals(promptId).reverse().sortBy('publishedAt')),
    [promptId],
    [],
  );
}

/** The posts this phone said "me too" to. */
export function useMeToos(): Set<string> {
  return useLiveQuery(async () => new Set((await db.myMeToos.toArray()).map((m) => m.postId)), [], new Set<string>());
}

/** The district the young person chose for their wall; null for all (and while loading). */
export function useDistrict(): string | null {
  return useLiveQuery(async () => ((await db.meta.get('district'))?.value as string | null) ?? null, [], null);
}

/** Unfinished words for a prompt; undefined while loading or when there are none. */
export function useDraft(promptId: string): DraftRow | undefined {
  return useLiveQuery(() => db.drafts.get(draftKey(promptId)), [promptId]);
}
