// Word slots (one position of a pattern: its alternative words, stems and phrases) and where they match in a
// text. The lexicons have thousands of slots, so each text is looked up once through an index of all of them
// (word → slots), instead of trying every slot at every word.

export interface Slot {
  key: string;
  /** One-word alternatives. */
  words: ReadonlySet<string>;
  globs: readonly WordGlob[];
  /** Alternatives of several words ("do not", "off his face"), each word a plain form. */
  phrases: readonly (readonly string[])[];
  /** The phrases again, found by their first word; those starting with a glob are tried everywhere. */
  phrasesByFirst: ReadonlyMap<string, readonly (readonly string[])[]>;
  globPhrases: readonly (readonly string[])[];
}

/** Where a slot matched: words start..end-1. */
export type Span = readonly [number, number];

export function makeSlot(key: string, words: ReadonlySet<string>, globs: readonly WordGlob[], phrases: readonly (readonly string[])[]): Slot {
  const phrasesByFirst = new Map<string, (readonly string[])[]>();
  const globPhrases: (readonly string[])[] = [];
  for (const phrase of phrases) {
    const first = phrase[0] ?? '';
    if (first.includes('*')) {
      globPhrases.push(phrase);
    } else {
      const list = phrasesByFirst.get(first) ?? [];
      list.push(phrase);
      phrasesByFirst.set(first, list);
    }
  }
  return { key, words, globs, phrases, phrasesByFirst, globPhrases };
}

/** A word with `*` standing for any letters ("smack*", "*ضرب*ني"), matched without regular expressions. */
export interface WordGlob {
  source: string;
  /** The longest plain part: a word without it cannot match. */
  needle: string;
  test(word: string): boolean;
}

const globCache = new Map<string, WordGlob>();
export function compileGlob(source: string): WordGlob {
  let glob = globCache.get(source);
  if (!glob) {
    const parts = source.split('*');
    const first = parts[0] ?? '';
    const last = parts[parts.length - 1] ?? '';
    const middle = parts.slice(1, -1).filter((p) => p.length > 0);
    const needle = parts.reduce((a, b) => (b.length > a.length ? b : a), '');
    glob = {
      source,
      needle,
      test(word: string): boolean {
        if (!word.startsWith(first)) return false;
        let pos = first.length;
        for (const part of middle) {
          const at = word.indexOf(part, pos);
          if (at < 0) return false;
          pos = at + part.length;
        }
        return word.length - last.length >= pos && word.endsWith(last);
      },
    };
    globCache.set(source, glob);
  }
  return glob;
}

export function phraseWordMatches(pattern: string, word: string | undefined): boolean {
  if (word === undefined) return false;
  return pattern.includes('*') ? compileGlob(pattern).test(word) : pattern === word;
}

interface GlobEntry {
  glob: WordGlob;
  slots: number[];
}

/** A phrase of a slot, each word a plain form or a glob. */
interface IndexedPhrase {
  slot: number;
  length: number;
  parts: readonly (string | WordGlob)[];
}

const indexedPhrase = (slot: number, phrase: readonly string[]): IndexedPhrase => ({
  slot,
  length: phrase.length,
  parts: phrase.map((w) => (w.includes('*') ? compileGlob(w) : w)),
});

/** What one word of a text matches: slots (by id) on its own, and the phrases that may start at it, in order. */
interface WordMatches {
  single: readonly number[];
  phrases: readonly IndexedPhrase[];
}

// Words repeat across posts ("me", "more", "days"), so what each matches is kept for the next text: a bounded
// map, the oldest word dropped first, so a server reading many posts keeps a fixed amount.
const WORD_CACHE_SIZE = 20_000;

/** The globs whose needle could be in a word, found by the needle's first two letters (its "key"). */
const needleKey = (needle: string) => needle.slice(0, 2);

/** Every slot of the compiled lexicons, indexed by the words, stems and phrase openings they match. */
export class LexiconIndex {
  readonly ids = new Map<Slot, number>();
  private readonly byWord = new Map<string, number[]>();
  private readonly globs: GlobEntry[] = [];
  /** Indexes into globs, by needleKey; globs with a needle shorter than two letters are tried on every word. */
  private readonly globsByKey = new Map<string, number[]>();
  private readonly shortGlobs: number[] = [];
  private readonly phrasesByFirst = new Map<string, IndexedPhrase[]>();
  private readonly globPhrases: IndexedPhrase[] = [];
  private readonly wordCache = new Map<string, WordMatches>();
  private readonly stemCache = new Map<string, number | undefined>();

  constructor(slots: Iterable<Slot>) {
    const globBySource = new Map<string, GlobEntry>();
    for (const slot of slots) {
      if (this.ids.has(slot)) continue;
      const id = this.ids.size;
      this.ids.set(slot, id);
      for (const w of slot.words) push(this.byWord, w, id);
      for (const glob of slot.globs) {
        let entry = globBySource.get(glob.source);
        if (!entry) {
          entry = { glob, slots: [] };
          globBySource.set(glob.source, entry);
          if (glob.needle.length < 2) this.shortGlobs.push(this.globs.length);
          else push(this.globsByKey, needleKey(glob.needle), this.globs.length);
          this.globs.push(entry);
        }
        entry.slots.push(id);
      }
      for (const [first, list] of slot.phrasesByFirst) {
        for (const phrase of list) push(this.phrasesByFirst, first, indexedPhrase(id, phrase));
      }
      for (const phrase of slot.globPhrases) this.globPhrases.push(indexedPhrase(id, phrase));
    }
  }

  /** How many slots have this word as one of their words. */
  slotsWithWord(word: string): number {
    return this.byWord.get(word)?.length ?? 0;
  }

  /** The globs that may match this word (its needle's key is in the word), in the order they were indexed. */
  private globCandidates(word: string): number[] {
    const found = new Set<number>(this.shortGlobs);
    for (let i = 0; i + 2 <= word.length; i++) {
      for (const g of this.globsByKey.get(word.slice(i, i + 2)) ?? []) found.add(g);
    }
    return [...found].sort((a, b) => a - b);
  }

  /**
   * How many letters a stem of the lexicon leaves over in this word ("smack*" in "smacked": 2), or undefined if no
   * stem covers it with a short ending.
   */
  stemRemainder(word: string): number | undefined {
    if (this.stemCache.has(word)) return this.stemCache.get(word);
    let best: number | undefined;
    for (const i of this.globCandidates(word)) {
      const g = this.globs[i];
      if (!g) continue;
      const extra = word.length - g.glob.needle.length;
      if (g.glob.needle.length < 2 || extra > 3 || !word.includes(g.glob.needle) || !g.glob.test(word)) continue;
      if (best === undefined || extra < best) best = extra;
    }
    remember(this.stemCache, word, best);
    return best;
  }

  /** The slots a word matches by itself, and the glob-opened phrases that may start at it. */
  private matchesOf(word: string): WordMatches {
    let found = this.wordCache.get(word);
    if (!found) {
      const single = [...(this.byWord.get(word) ?? [])];
      for (const i of this.globCandidates(word)) {
        const g = this.globs[i];
        if (g && word.includes(g.glob.needle) && g.glob.test(word)) single.push(...g.slots);
      }
      // The phrases that start with this word, then those whose first word is a glob that fits it.
      const phrases = [...(this.phrasesByFirst.get(word) ?? []), ...this.globPhrases.filter(({ parts }) => partMatches(parts[0], word))];
      found = { single, phrases };
      remember(this.wordCache, word, found);
    }
    return found;
  }

  /** Where every indexed slot matches in these words. */
  spansIn(words: readonly string[]): Map<number, Span[]> {
    const out = new Map<number, Span[]>();
    for (let i = 0; i < words.length; i++) {
      const w = words[i] ?? '';
      const { single, phrases } = this.matchesOf(w);
      for (const id of single) push(out, id, [i, i + 1] as const);
      for (const phrase of phrases) {
        if (indexedPhraseAt(phrase.parts, words, i)) push(out, phrase.slot, [i, i + phrase.length] as const);
      }
    }
    return out;
  }
}

function partMatches(part: string | WordGlob | undefined, word: string | undefined): boolean {
  if (part === undefined || word === undefined) return false;
  return typeof part === 'string' ? part === word : part.test(word);
}

function indexedPhraseAt(parts: readonly (string | WordGlob)[], words: readonly string[], i: number): boolean {
  for (let k = 0; k < parts.length; k++) if (!partMatches(parts[k], words[i + k])) return false;
  return true;
}

function remember<V>(cache: Map<string, V>, key: string, value: V): void {
  if (cache.size >= WORD_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, value);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function phraseAt(phrase: readonly string[], words: readonly string[], i: number): boolean {
  for (let k = 0; k < phrase.length; k++) {
    if (!phraseWordMatches(phrase[k] ?? '', words[i + k])) return false;
  }
  return true;
}

const NO_SPANS: Span[] = [];

/** Where each slot matches in one text: indexed slots from the lexicon index, others (council words) one by one. */
export class SlotIndex {
  private readonly indexed: Map<number, Span[]>;
  private readonly other = new Map<Slot, Span[]>();
  constructor(
    private readonly words: readonly string[],
    private readonly index: LexiconIndex,
  ) {
    this.indexed = index.spansIn(words);
  }
  /** The indexed slots that match somewhere in the text (by id), each with where. */
  matched(): ReadonlyMap<number, readonly Span[]> {
    return this.indexed;
  }
  spans(slot: Slot): Span[] {
    const id = this.index.ids.get(slot);
    if (id !== undefined) return this.indexed.get(id) ?? NO_SPANS;
    let found = this.other.get(slot);
    if (!found) {
      found = [];
      for (let i = 0; i < this.words.length; i++) {
        const w = this.words[i] ?? '';
        if (slot.words.has(w) || slot.globs.some((g) => g.test(w))) found.push([i, i + 1]);
        for (const phrase of slot.phrases) if (phraseAt(phrase, this.words, i)) found.push([i, i + phrase.length]);
      }
      this.other.set(slot, found);
    }
    return found;
  }
}
