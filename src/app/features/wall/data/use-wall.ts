// What the wall screens read: prompts, posts, this phone's "me too"s, its district and its unfinished words.
import { db } from '../../../storage/db';
import { useLiveQuery } from '../../../storage/live';
import type { DraftRow, WallPost, WallPrompt } from '../../../storage/rows';
import { draftKey } from './wall-data';

/** Every prompt; undefined while loading (so a screen never says "nothing here" before it has looked). */
export function useWallPrompts(): WallPrompt[] | undefined {
  return useLiveQuery(() => db.wallPrompts.toArray(), []);
}

/** One prompt; undefined while loading, null when this phone has none by that id. */
export function usePrompt(promptId: string): WallPrompt | null | undefined {
  return useLiveQuery(async () => (await db.wallPrompts.get(promptId)) ?? null, [promptId]);
}

/** Published posts of every prompt; [] while loading. */
export function useWallPosts(): WallPost[] {
  return useLiveQuery(() => db.wallPosts.toArray(), [], []);
}

/** Published posts of one prompt, newest first; undefined while loading. */
export function usePromptPosts(promptId: string): WallPost[] | undefined {
  return useLiveQuery(() => db.wallPosts.where('promptId').equals(promptId).reverse().sortBy('publishedAt'), [promptId]);
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
