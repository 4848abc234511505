// The search box's results. The index (and MiniSearch) load the first time the young person searches, and the index is
// built again only when an item's version or the language changes.
import { useEffect, useState } from 'react';
import type { OfferItemRow } from '../../../storage/rows';
import type { OfferIndex } from '../model/offer-index';

let built: { key: string; index: OfferIndex } | undefined;

async function indexFor(items: readonly OfferItemRow[], language: string): Promise<OfferIndex> {
  const { buildOfferIndex, indexKey } = await import('../model/offer-index');
  const key = indexKey(items, language);
  if (built?.key !== key) built = { key, index: buildOfferIndex(items, language) };
  return built.index;
}

export type SearchState = { state: 'idle' } | { state: 'loading' } | { state: 'done'; ids: string[] } | { state: 'failed' };

type Answer = { query: string; language: string; items: readonly OfferItemRow[]; ids: string[] | null };

/** The ids matching `query`, best first; 'idle' while the box is empty (nothing is loaded until then). */
export function useOfferSearch(items: readonly OfferItemRow[] | undefined, query: string, language: string): SearchState {
  const [answer, setAnswer] = useState<Answer>();
  const wanted = query.trim();
  useEffect(() => {
    if (!wanted || !items) return;
    let stopped = false;
    indexFor(items, language).then(
      (index) => {
        if (!stopped) setAnswer({ query: wanted, language, items, ids: index.search(wanted) });
      },
      () => {
        if (!stopped) setAnswer({ query: wanted, language, items, ids: null });
      },
    );
    return () => {
      stopped = true;
    };
  }, [items, wanted, language]);
  if (!wanted) return { state: 'idle' };
  if (!answer || answer.query !== wanted || answer.language !== language || answer.items !== items) return { state: 'loading' };
  return answer.ids ? { state: 'done', ids: answer.ids } : { state: 'failed' };
}
