// Compiles lexicon patterns (see lexicon/types.ts) into word-slot sequences: class words expanded, every word
// normalised the way text is (and mutated, for Welsh), stems turned into anchored word patterns.
import type { SafetyCategory, SafetyLanguage } from './categories';
import type { Lexicon } from './lexicon/types';
import { normaliseForSafety, skeleton } from './normalise';
import { compileGlob, LexiconIndex, makeSlot, type Slot, type WordGlob } from './slots';
import { welshMutations } from './welsh';

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
  /** The same three lists, each indexed by one slot of every pattern (see PatternTable). */
  tables: { rules: PatternTable; safe: PatternTable; soften: PatternTable };
  /** Every plain word the lexicon knows: used to split words spelled out letter by letter. */
  vocabulary: Set<string>;
  /** All the slots above, indexed by word. */
  index: LexiconIndex;
}

const slotCache = new Map<string, Slot>();

/** Words placed before the first and after the last word of every text (`$start`, `$end` in patterns). */
export const START_OF_TEXT = 'xqzstartofpostx';
export const END_OF_TEXT = 'xqzendofpostx';

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

const expansionCache = new Map<string, string[][]>();
/** Every word sequence an alternative stands for, with `$class` words expanded ("my $family" → "my mum", …). */
function expandAlternative(alt: string, lexicon: Lexicon, depth = 0): string[][] {
  // Class words only come from Heard's own lexicons, so a language and its text decide the expansion.
  const key = `${lexicon.language}:${alt}`;
  const cached = expansionCache.get(key);
  if (cached) return cached;
  const result = expandUncached(alt, lexicon, depth);
  expansionCache.set(key, result);
  return result;
}

function expandUncached(alt: string, lexicon: Lexicon, depth: number): string[][] {
  if (depth > 4) throw new Error(`Word classes nest too deeply in the ${lexicon.language} lexicon`);
  let sequences: string[][] = [[]];
  for (const word of alt.split(/\s+/).filter((w) => w.length > 0)) {
    let options: string[][];
    if (word === '$end') {
      options = [[END_OF_TEXT]];
    } else if (word === '$start') {
      options = [[START_OF_TEXT]];
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
  const globs: WordGlob[] = [];
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
          globs.push(compileGlob(norm));
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
  const rules: CompiledPattern[] = [];
  const safe: CompiledPattern[] = [];
  const soften: CompiledPattern[] = [];
  const out = { rules, safe, soften, vocabulary: new Set<string>() };
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
  const index = new LexiconIndex([...rules, ...safe, ...soften].flatMap((p) => p.slots));
  const tables = { rules: new PatternTable(rules, index), safe: new PatternTable(safe, index), soften: new PatternTable(soften, index) };
  return { ...out, index, tables };
}

/**
 * A list of patterns, each filed under one of its slots (its key): a pattern can only match a text in which every
 * slot matches, so a text need only try the patterns filed under the slots it matched, instead of all of them. The
 * key is the slot least likely to match ordinary text (never the start or end of the text, which every text has).
 */
export class PatternTable {
  private readonly byKey = new Map<number, number[]>();
  /** Patterns with no slot to file them under (only the start or end of the text): tried on every text. */
  private readonly always: number[] = [];

  constructor(
    readonly patterns: readonly CompiledPattern[],
    index: LexiconIndex,
  ) {
    patterns.forEach((pattern, i) => {
      let key: number | undefined;
      let best = Infinity;
      for (const slot of pattern.slots) {
        const id = index.ids.get(slot);
        const cost = slotCommonness(slot, index);
        if (id !== undefined && cost < best) {
          best = cost;
          key = id;
        }
      }
      if (key === undefined) this.always.push(i);
      else {
        const list = this.byKey.get(key) ?? [];
        list.push(i);
        this.byKey.set(key, list);
      }
    });
  }

  /** The patterns that may match a text whose matching slots are these, in the order of the list. */
  candidates(matched: ReadonlyMap<number, unknown>): CompiledPattern[] {
    // The few patterns picked, put back in the list's order: not a pass over the whole list for every text.
    const picked: number[] = [...this.always];
    for (const id of matched.keys()) {
      const list = this.byKey.get(id);
      if (list) for (const i of list) picked.push(i);
    }
    picked.sort((a, b) => a - b);
    const out: CompiledPattern[] = [];
    let last = -1;
    for (const i of picked) {
      const pattern = i === last ? undefined : this.patterns[i];
      last = i;
      if (pattern) out.push(pattern);
    }
    return out;
  }
}

/**
 * A guess at how often a slot matches ordinary text: a word that many slots of the lexicon share ("me", "my") is a
 * common one, a stem can match many words, and a phrase of several words rarely matches. Infinity for the start or
 * end of the text, which every text has.
 */
function slotCommonness(slot: Slot, index: LexiconIndex): number {
  if (slot.globs.length === 0 && slot.phrases.length === 0 && [...slot.words].every((w) => w === START_OF_TEXT || w === END_OF_TEXT)) {
    return Infinity;
  }
  let cost = slot.phrases.length + slot.globs.length * 8;
  for (const w of slot.words) cost += index.slotsWithWord(w);
  return cost;
}
