// Compiles lexicon patterns (see lexicon/types.ts) into word-slot sequences and finds them in a text's tokens.
// A sequence matcher over words rather than one regular expression per phrase: gaps between slots let it catch
// phrasings nobody wrote down ("my foster dad always hits me and my sister").
import type { SafetyCategory, SafetyLanguage } from './categories';
import type { Lexicon } from './lexicon/types';
import { normaliseForSafety, safetyTokenForms, skeleton, type SafetyTokens } from './normalise';
import { welshMutations } from './welsh';

interface Slot {
  key: string;
  /** One-word alternatives. */
  words: ReadonlySet<string>;
  globs: readonly RegExp[];
  /** Alternatives of several words ("do not", "off his face"), each word a plain form. */
  phrases: readonly (readonly string[])[];
  /** The phrases again, found by their first word; those starting with a glob are tried everywhere. */
  phrasesByFirst: ReadonlyMap<string, readonly (readonly string[])[]>;
  globPhrases: readonly (readonly string[])[];
}

function makeSlot(key: string, words: ReadonlySet<string>, globs: readonly RegExp[], phrases: readonly (readonly string[])[]): Slot {
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

/** Where a slot matched: words start..end-1. */
type Span = readonly [number, number];

export interface CompiledPattern {
  category: SafetyCategory;
  strength: 'strong' | 'weak';
  language: SafetyLanguage | 'council';
  source: string;
  slots: readonly Slot[];
  /** gaps[i]: how many other words may stand before slots[i] (gaps[0] is unused). */
  gaps: readonly number[];
}

export interface CompiledLexicon {
  rules: CompiledPattern[];
  safe: CompiledPattern[];
  soften: CompiledPattern[];
  /** Every plain word the lexicon knows: used to split words spelled out letter by letter. */
  vocabulary: Set<string>;
}

const slotCache = new Map<string, Slot>();

/** A word placed after the last word of every text, so a pattern can say "and nothing after" (`$end`). */
const END_OF_TEXT = 'xqzendofpostx';

const plainCache = new Map<string, string>();
function normalisePlain(word: string): string {
  let norm = plainCache.get(word);
  if (norm === undefined) {
    // Plain lower-case ASCII words (most of the lexicon) only need their repeated letters collapsed.
    norm = /^[a-z]+( [a-z]+)*$/.test(word) ? word.split(' ').map(skeleton).join(' ') : normaliseForSafety(word);
    plainCache.set(word, norm);
  }
  return norm;
}

const wordCache = new Map<string, string>();
/** Normalises one lexicon word the way text is normalised, keeping `*` as a wildcard. */
function normaliseWord(word: string): string {
  let norm = wordCache.get(word);
  if (norm === undefined) {
    norm = word
      .split('*')
      .map((part) => (part.length === 0 ? '' : normalisePlain(part).replace(/ /g, '')))
      .join('*');
    wordCache.set(word, norm);
  }
  return norm;
}

const regexpCache = new Map<string, RegExp>();
function globToRegExp(glob: string): RegExp {
  let re = regexpCache.get(glob);
  if (!re) {
    const body = glob
      .split('*')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\p{L}*');
    re = new RegExp(`^${body}$`, 'u');
    regexpCache.set(glob, re);
  }
  return re;
}

/** Every word sequence an alternative stands for, with `$class` words expanded ("my $family" → "my mum", …). */
function expandAlternative(alt: string, lexicon: Lexicon, depth = 0): string[][] {
  if (depth > 4) throw new Error(`Word classes nest too deeply in the ${lexicon.language} lexicon`);
  let sequences: string[][] = [[]];
  for (const word of alt.split(/\s+/).filter((w) => w.length > 0)) {
    let options: string[][];
    if (word === '$end') {
      options = [[END_OF_TEXT]];
    } else if (word.startsWith('$')) {
      const cls = lexicon.classes[word.slice(1)];
      if (cls === undefined) throw new Error(`Unknown word class ${word} in the ${lexicon.language} lexicon`);
      options = cls.split('|').flatMap((inner) => expandAlternative(inner.trim(), lexicon, depth + 1));
    } else {
      options = [[word]];
    }
    sequences = sequences.flatMap((seq) => options.map((o) => [...seq, ...o]));
  }
  return sequences;
}

function compileSlot(spec: string, lexicon: Lexicon, vocabulary: Set<string>): Slot {
  const cacheKey = `${lexicon.language}:${spec}`;
  const cached = slotCache.get(cacheKey);
  if (cached) return cached;
  const words = new Set<string>();
  const globs: RegExp[] = [];
  const phrases: string[][] = [];
  const welsh = lexicon.language === 'cy';
  for (const alt of spec.split('|')) {
    for (const sequence of expandAlternative(alt.trim(), lexicon)) {
      if (sequence.length > 1) {
        // A phrase: each word in its normal form; in Welsh the first word may be mutated.
        const [first = '', ...rest] = sequence;
        const tail = rest.map(normaliseWord);
        for (const f of welsh ? welshMutations(first) : [first]) {
          const phrase = [normaliseWord(f), ...tail].filter((w) => w.length > 0);
          if (phrase.length === 0) continue;
          phrases.push(phrase);
          for (const w of phrase) if (!w.includes('*')) vocabulary.add(w);
        }
        continue;
      }
      const [only = ''] = sequence;
      for (const form of welsh ? welshMutations(only) : [only]) {
        // A word may normalise to several ("cam-drin" → "cam drin"): then it is a phrase.
        const norm = form.includes('*') ? normaliseWord(form) : normalisePlain(form);
        if (norm.length === 0) continue;
        if (norm.includes(' ')) {
          phrases.push(norm.split(' '));
        } else if (norm.includes('*')) {
          globs.push(globToRegExp(norm));
        } else {
          words.add(norm);
          vocabulary.add(norm);
        }
      }
    }
  }
  const slot = makeSlot(cacheKey, words, globs, phrases);
  slotCache.set(cacheKey, slot);
  return slot;
}

/**
 * Compiles one pattern: slots separated by `~N` (up to N other words between them; `~0` = next to each other);
 * in a slot, alternatives separated by `|`, each a word, a glob or a phrase of several words.
 */
export function compilePattern(
  source: string,
  lexicon: Lexicon,
  meta: Pick<CompiledPattern, 'category' | 'strength' | 'language'>,
  vocabulary: Set<string>,
): CompiledPattern {
  const slots: Slot[] = [];
  const gaps: number[] = [];
  const parts = source.trim().split(/\s*~(\d+)\s*/);
  for (let i = 0; i < parts.length; i += 2) {
    const spec = (parts[i] ?? '').trim();
    if (spec.length === 0) continue;
    slots.push(compileSlot(spec, lexicon, vocabulary));
    gaps.push(i === 0 ? 0 : Number(parts[i - 1] ?? 0));
  }
  if (slots.length === 0) throw new Error(`Empty pattern in the ${lexicon.language} lexicon`);
  return { ...meta, source, slots, gaps };
}

/**
 * A phrase of two or three words next to each other is also matched written as one word ("self harm" →
 * "selfharm", "cam drin" → "camdrin"), which is how it often arrives once joiners and spaces are taken out.
 */
export function joinedVariant(pattern: CompiledPattern): CompiledPattern | null {
  const { slots, gaps } = pattern;
  if (slots.length < 2 || slots.length > 3 || gaps.some((g) => g > 0)) return null;
  if (slots.some((s) => s.globs.length > 0)) return null;
  let combos: string[] = [''];
  for (const slot of slots) {
    const alternatives = [...slot.words, ...slot.phrases.map((p) => p.join(''))];
    combos = combos.flatMap((c) => alternatives.map((w) => c + w));
    if (combos.length > 400) return null;
  }
  const words = new Set(combos.map(skeleton));
  const slot = makeSlot(`joined:${pattern.language}:${pattern.source}`, words, [], []);
  return { ...pattern, slots: [slot], gaps: [0] };
}

export function compileLexicons(lexicons: readonly Lexicon[]): CompiledLexicon {
  const out: CompiledLexicon = { rules: [], safe: [], soften: [], vocabulary: new Set() };
  for (const lexicon of lexicons) {
    const base = { language: lexicon.language, category: 'feeling-unsafe' as const };
    for (const rule of lexicon.rules) {
      for (const p of rule.patterns) {
        const meta = { category: rule.category, strength: rule.strength ?? 'strong', language: lexicon.language };
        const compiled = compilePattern(p, lexicon, meta, out.vocabulary);
        out.rules.push(compiled);
        const joined = joinedVariant(compiled);
        if (joined) out.rules.push(joined);
      }
    }
    for (const p of lexicon.safe) out.safe.push(compilePattern(p, lexicon, { ...base, strength: 'weak' }, out.vocabulary));
    for (const p of lexicon.soften) out.soften.push(compilePattern(p, lexicon, { ...base, strength: 'weak' }, out.vocabulary));
  }
  return out;
}

/** Where each slot matches in a text, worked out once per text. */
class SlotIndex {
  private readonly cache = new Map<string, Span[]>();
  private readonly globResults = new Map<RegExp, boolean[]>();
  constructor(private readonly words: readonly string[]) {}
  private globAt(glob: RegExp, i: number): boolean {
    let results = this.globResults.get(glob);
    if (!results) {
      results = this.words.map((w) => glob.test(w));
      this.globResults.set(glob, results);
    }
    return results[i] ?? false;
  }
  spans(slot: Slot): Span[] {
    let found = this.cache.get(slot.key);
    if (!found) {
      found = [];
      for (let i = 0; i < this.words.length; i++) {
        const w = this.words[i] ?? '';
        if (slot.words.has(w) || slot.globs.some((g) => this.globAt(g, i))) found.push([i, i + 1]);
        const starting = slot.phrasesByFirst.get(w);
        for (const phrase of [...(starting ?? []), ...slot.globPhrases]) {
          if (phrase.every((p, k) => phraseWordMatches(p, this.words[i + k]))) found.push([i, i + phrase.length]);
        }
      }
      this.cache.set(slot.key, found);
    }
    return found;
  }
}

const globCache = new Map<string, RegExp>();
function phraseWordMatches(pattern: string, word: string | undefined): boolean {
  if (word === undefined) return false;
  if (!pattern.includes('*')) return pattern === word;
  let re = globCache.get(pattern);
  if (!re) {
    re = globToRegExp(pattern);
    globCache.set(pattern, re);
  }
  return re.test(word);
}

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
 * Splits a word that was spelled out letter by letter ("hehitsme") into words the lexicon knows, if it can be split
 * completely; otherwise leaves it whole.
 */
function segment(word: string, vocabulary: ReadonlySet<string>): string[] {
  const n = word.length;
  const best: (string[] | null)[] = Array.from({ length: n + 1 }, () => null);
  best[0] = [];
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - 16); start < end; start++) {
      const before = best[start];
      const piece = word.slice(start, end);
      if (before && (vocabulary.has(piece) || vocabulary.has(skeleton(piece)))) {
        if (!best[end] || (best[end]?.length ?? 0) > before.length + 1) best[end] = [...before, skeleton(piece)];
      }
    }
  }
  return best[n] ?? [word];
}

function withSegmentation(form: SafetyTokens, vocabulary: ReadonlySet<string>): string[] | null {
  if (form.joined.size === 0) return null;
  let changed = false;
  const words = form.words.flatMap((w, i) => {
    if (!form.joined.has(i) || vocabulary.has(w)) return [w];
    const parts = segment(w, vocabulary);
    if (parts.length > 1) changed = true;
    return parts;
  });
  return changed ? words : null;
}

/** Runs every pattern over every token form of the text; a match inside a safe phrase does not count. */
export function matchText(text: string, compiled: CompiledLexicon, extra: readonly CompiledPattern[]): PatternHit[] {
  const forms: { words: string[]; display: string[] }[] = [];
  for (const form of safetyTokenForms(text)) {
    forms.push({ words: [...form.words, END_OF_TEXT], display: [...form.display, ''] });
    const split = withSegmentation(form, compiled.vocabulary);
    if (split) forms.push({ words: [...split, END_OF_TEXT], display: [...split, ''] });
  }
  const hits = new Map<string, PatternHit>();
  for (const { words, display } of forms) {
    const index = new SlotIndex(words);
    const masked = new Set<number>();
    for (const safe of compiled.safe) {
      // Every occurrence: "dying to go out and dying to see my mum" has two.
      for (let at = findPattern(safe, index, masked); at; at = findPattern(safe, index, masked)) {
        for (const p of at) masked.add(p);
      }
    }
    const softened = new Set<number>();
    for (const soft of compiled.soften) {
      const at = findPattern(soft, index, masked);
      if (at) for (const p of at) softened.add(p);
    }
    for (const pattern of [...compiled.rules, ...extra]) {
      const at = findPattern(pattern, index, masked);
      if (!at) continue;
      const soft = pattern.strength === 'strong' && at.some((p) => softened.has(p));
      const effective = soft ? { ...pattern, strength: 'weak' as const } : pattern;
      const term = display.slice(at[0], (at[at.length - 1] ?? 0) + 1).join(' ').trim();
      const key = `${effective.category}|${effective.strength}|${term}`;
      if (!hits.has(key)) hits.set(key, { pattern: effective, positions: at, term });
    }
  }
  return [...hits.values()];
}
