// The offer's full-text search: one MiniSearch index over the items' words in the language on screen (title counted
// three times, then summary, body and how to claim), forgiving typos (fuzzy 0.2) and unfinished words (prefix). This
// module, and MiniSearch with it, loads only when the young person first uses the search box.
import MiniSearch from 'minisearch';
import type { OfferItem } from '../../../../shared/offer';
import { pickText } from '../../../../shared/pick-text';
import { plainText } from './markdown';
import { termFor } from './search-terms';

interface Doc {
  id: string;
  title: string;
  summary: string;
  body: string;
  howToClaim: string;
}

export const SEARCH_OPTIONS = { boost: { title: 3 }, fuzzy: 0.2, prefix: true } as const;

export interface OfferIndex {
  /** Item ids, best match first. */
  search(query: string): string[];
  /** The index as MiniSearch stores it (for measuring its size). */
  toJSON(): unknown;
}

/** Builds the index of `items` in `language` (staff text that has no translation is indexed in English). */
export function buildOfferIndex(items: readonly OfferItem[], language: string): OfferIndex {
  const term = termFor(language);
  const index = new MiniSearch<Doc>({
    fields: ['title', 'summary', 'body', 'howToClaim'],
    storeFields: [],
    // Letters and digits of every script: Arabic and Welsh accents are letters, not separators.
    tokenize: (text) => text.split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean),
    // The word as written is kept beside its stem, so a typo in the ending ("drivng") is still one letter away.
    processTerm: (word) => {
      const lower = word.toLowerCase();
      const stem = term(word);
      return stem === lower ? lower : [stem, lower];
    },
    searchOptions: SEARCH_OPTIONS,
  });
  const words = (t: OfferItem['title'] | null) => (t ? pickText(t, language).text : '');
  index.addAll(
    items.map((i) => ({
      id: i.id,
      title: words(i.title),
      summary: words(i.summary),
      body: plainText(words(i.body)),
      howToClaim: words(i.howToClaim),
    })),
  );
  return {
    search: (query) => (query.trim() ? index.search(query).map((r) => String(r.id)) : []),
    toJSON: () => index.toJSON(),
  };
}

/** What the index was built from: it is built again when an item's version or the language changes. */
export const indexKey = (items: readonly Pick<OfferItem, 'id' | 'version'>[], language: string): string =>
  `${language}|${items.map((i) => `${i.id}@${i.version}`).join(',')}`;
