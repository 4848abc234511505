// Finds compiled patterns (./compile.ts) in a text's words. A sequence matcher over words rather than one
// regular expression per phrase: gaps between slots let it catch phrasings nobody wrote down ("my foster dad
// always hits me and my sister").
import { END_OF_TEXT, START_OF_TEXT, type CompiledLexicon, type CompiledPattern } from './compile';
import { safetyTokenForms, skeleton, type SafetyTokens } from './normalise';
import { SlotIndex, type LexiconIndex, type Span } from './slots';
import { textSpeakWords } from './text-speak';

export { compileLexicons, compilePattern, joinedVariant, type CompiledLexicon, type CompiledPattern } from './compile';

const spanFree = (span: Span, blocked: ReadonlySet<number>) => {
  for (let i = span[0]; i < span[1]; i++) if (blocked.has(i)) return false;
  return true;
};

/** The word positions of the first place the pattern matches, or null. */
function findPattern(pattern: CompiledPattern, index: SlotIndex, blocked: ReadonlySet<number>): number[] | null {
  const lists: Span[][] = [];
  for (const slot of pattern.slots) {
    let spans = index.spans(slot);
    if (blocked.size > 0 && spans.length > 0) spans = spans.filter((span) => spanFree(span, blocked));
    if (spans.length === 0) return null;
    lists.push(spans);
  }
  const chosen: Span[] = [];
  const search = (slot: number, after: number): boolean => {
    const list = lists[slot] ?? [];
    const maxGap = pattern.gaps[slot] ?? 0;
    for (const span of list) {
      if (slot > 0 && (span[0] < after || span[0] - after > maxGap)) continue;
      chosen[slot] = span;
      if (slot === pattern.slots.length - 1 || search(slot + 1, span[1])) return true;
    }
    return false;
  };
  if (!search(0, 0)) return null;
  const positions: number[] = [];
  for (const span of chosen.slice(0, pattern.slots.length)) for (let i = span[0]; i < span[1]; i++) positions.push(i);
  return positions;
}

export interface PatternHit {
  pattern: CompiledPattern;
  positions: number[];
  term: string;
}

/**
 * Splits a word that was spelled out letter by letter ("mystepdadhurtsme") into the words the lexicon knows,
 * keeping letters it cannot place as words of their own ("step"): fewest unknown letters first, then fewest words.
 */
function segment(word: string, vocabulary: ReadonlySet<string>, index: LexiconIndex): string[] {
  const n = word.length;
  // cost = unknown letters * 1000 + words + letters a stem leaves over ("mumpinches" is "mum" + "pinches", not
  // "mumpin" + "ches"), so any known split beats leaving letters unplaced.
  const cost: number[] = Array.from({ length: n + 1 }, () => Infinity);
  const from: number[] = Array.from({ length: n + 1 }, () => -1);
  const known: boolean[] = Array.from({ length: n + 1 }, () => false);
  cost[0] = 0;
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - 16); start < end; start++) {
      const base = cost[start] ?? Infinity;
      if (base === Infinity) continue;
      const piece = word.slice(start, end);
      const long = piece.length > 1 || piece === 'i' || piece === 'a';
      const isWord = long && (vocabulary.has(piece) || vocabulary.has(skeleton(piece)));
      const extra = isWord || piece.length < 3 ? undefined : index.stemRemainder(skeleton(piece));
      const isStem = extra !== undefined;
      const c = isWord ? base + 1 : isStem ? base + 1 + extra : piece.length === 1 ? base + 1000 : Infinity;
      if (c < (cost[end] ?? Infinity)) {
        cost[end] = c;
        from[end] = start;
        known[end] = isWord || isStem;
      }
    }
  }
  const pieces: { text: string; known: boolean }[] = [];
  for (let end = n; end > 0; end = from[end] ?? 0) {
    const start = from[end] ?? 0;
    pieces.unshift({ text: word.slice(start, end), known: known[end] ?? false });
  }
  // Letters nobody could place, next to each other, make one word ("s","t","e","p" → "step").
  const out: string[] = [];
  let unknown = '';
  for (const p of pieces) {
    if (p.known) {
      if (unknown) out.push(skeleton(unknown));
      unknown = '';
      out.push(skeleton(p.text));
    } else {
      unknown += p.text;
    }
  }
  if (unknown) out.push(skeleton(unknown));
  return out;
}

function withSegmentation(form: SafetyTokens, vocabulary: ReadonlySet<string>, index: LexiconIndex): string[] | null {
  if (form.joined.size === 0) return null;
  let changed = false;
  const words = form.words.flatMap((w, i) => {
    if (!form.joined.has(i) || vocabulary.has(w)) return [w];
    const parts = segment(w, vocabulary, index);
    if (parts.length > 1) changed = true;
    return parts;
  });
  return changed ? words : null;
}

/**
 * Runs every pattern over every token form of the text; a match inside a safe phrase does not count. Only the
 * patterns whose key slot matched the form are tried (see PatternTable), in their order, so the hits are the same.
 */
export function matchText(text: string, compiled: CompiledLexicon, extra: readonly CompiledPattern[]): PatternHit[] {
  const forms: { words: string[]; display: string[] }[] = [];
  for (const form of safetyTokenForms(text)) {
    forms.push({ words: [START_OF_TEXT, ...form.words, END_OF_TEXT], display: ['', ...form.display, ''] });
    const split = withSegmentation(form, compiled.vocabulary, compiled.index);
    if (split) forms.push({ words: [START_OF_TEXT, ...split, END_OF_TEXT], display: ['', ...split, ''] });
    const spoken = textSpeakWords(split ?? form.words, compiled.vocabulary);
    if (spoken) forms.push({ words: [START_OF_TEXT, ...spoken, END_OF_TEXT], display: ['', ...spoken, ''] });
  }
  const hits = new Map<string, PatternHit>();
  for (const { words, display } of forms) {
    const index = new SlotIndex(words, compiled.index);
    const matched = index.matched();
    const masked = new Set<number>();
    for (const safe of compiled.tables.safe.candidates(matched)) {
      // Every occurrence: "dying to go out and dying to see my mum" has two.
      for (let at = findPattern(safe, index, masked); at; at = findPattern(safe, index, masked)) {
        for (const p of at) masked.add(p);
      }
    }
    const softened = new Set<number>();
    for (const soft of compiled.tables.soften.candidates(matched)) {
      const at = findPattern(soft, index, masked);
      if (at) for (const p of at) softened.add(p);
    }
    for (const pattern of [...compiled.tables.rules.candidates(matched), ...extra]) {
      const at = findPattern(pattern, index, masked);
      if (!at) continue;
      const soft = pattern.strength === 'strong' && at.some((p) => softened.has(p));
      const effective = soft ? { ...pattern, strength: 'weak' as const } : pattern;
      const term = display
        .slice(at[0], (at[at.length - 1] ?? 0) + 1)
        .join(' ')
        .trim();
      const key = `${effective.category}|${effective.strength}|${term}`;
      if (!hits.has(key)) hits.set(key, { pattern: effective, positions: at, term });
    }
  }
  return [...hits.values()];
}
