// The local offer on this phone: the pulled items, what this phone last showed of each, "My list" and the "for me"
// answers. None of it is sent anywhere: the items come from the pull and the rest stays on the phone.
import type { OfferCategory } from '../../../../shared/offer';
import { db } from '../../../storage/db';
import { useLiveQuery } from '../../../storage/live';
import type { OfferItemRow } from '../../../storage/rows';
import { readAnswers, type OfferAnswers } from '../model/for-me';
import { inOrder } from '../model/offer-list';

/** Every item, in the council's order; undefined while loading. */
export function useOfferItems(): OfferItemRow[] | undefined {
  return useLiveQuery(async () => inOrder(await db.offerItems.toArray()), []);
}

/** The items of one category, in order; undefined while loading. */
export function useCategoryItems(category: OfferCategory): OfferItemRow[] | undefined {
  return useLiveQuery(async () => inOrder(await db.offerItems.where('category').equals(category).toArray()), [category]);
}

/** One item: undefined while loading, null when it is not (or no longer) offered. */
export function useOfferItem(id: string): OfferItemRow | null | undefined {
  return useLiveQuery(async () => (await db.offerItems.get(id)) ?? null, [id]);
}

/** The version of each item this phone last showed. */
export function useSeenVersions(): ReadonlyMap<string, number> {
  return useLiveQuery(async () => new Map((await db.offerSeen.toArray()).map((r) => [r.id, r.version])), [], new Map<string, number>());
}

/** The version of one item this phone last showed: undefined while loading, null when never shown. */
export function useSeenVersion(id: string): number | null | undefined {
  return useLiveQuery(async () => (await db.offerSeen.get(id))?.version ?? null, [id]);
}

/** Opening an item marks the version on screen as seen (never lowers it). */
export async function markSeen(id: string, version: number): Promise<void> {
  await db.transaction('rw', db.offerSeen, async () => {
    const seen = await db.offerSeen.get(id);
    if (!seen || seen.version < version) await db.offerSeen.put({ id, version });
  });
}

/** The ids on "My list", newest saved first; undefined while loading. */
export function useSavedIds(): string[] | undefined {
  return useLiveQuery(async () => (await db.offerSaved.orderBy('savedAt').reverse().toArray()).map((r) => r.id), []);
}

export async function saveToList(id: string): Promise<void> {
  await db.offerSaved.put({ id, savedAt: new Date().toISOString() });
}

export async function removeFromList(id: string): Promise<void> {
  await db.offerSaved.delete(id);
}

/** The "for me" answers on this phone (no answers until given); undefined while loading. */
export function useForMeAnswers(): OfferAnswers | undefined {
  return useLiveQuery(async () => readAnswers((await db.meta.get('offerForMe'))?.value), []);
}

export async function saveForMeAnswers(answers: OfferAnswers): Promise<void> {
  await db.meta.put({ key: 'offerForMe', value: answers });
}

/** "Clear my answers": forgotten on this phone. */
export async function clearForMeAnswers(): Promise<void> {
  await db.meta.delete('offerForMe');
}
