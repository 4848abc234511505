// The safety check: does what a young person wrote look like a disclosure of harm, and does it hold personal
// details? One module for the phone (help shows at once, offline) and the server (the post goes to the private
// safeguarding queue instead of moderation). It errs towards flagging: a person reviews everything anyway; a
// flag only decides which queue, whether help shows now, and whether a moderator must confirm before approving.
import { SAFETY_CATEGORIES, type SafetyCategory, type SafetyLanguage } from './categories';
import { LEXICONS } from './lexicon';
import { compileLexicons, compilePattern, joinedVariant, matchText, type CompiledPattern } from './matcher';
import { findPersonalDetails, type PersonalDetailKind } from './personal-details';

export { SAFETY_CATEGORIES, isSafetyCategory, type SafetyCategory } from './categories';
export { normaliseForSafety } from './normalise';
export type { PersonalDetailKind } from './personal-details';

export type SafetyDoubt = 'none' | 'possible' | 'likely';

export interface SafetyMatch {
  category: SafetyCategory;
  /** The words that matched, in normalised form (for staff only: never shown back to the young person). */
  term: string;
  /** 'strong' sends the post to safeguarding; 'weak' asks a moderator to confirm before approving. */
  strength: 'strong' | 'weak';
}

export interface TextAssessment {
  /** A likely disclosure of harm: route to the safeguarding queue and show help now. */
  disclosure: boolean;
  /** Categories of every match, strongest first. */
  categories: SafetyCategory[];
  matches: SafetyMatch[];
  /** 'likely' = disclosure; 'possible' = weaker signals only (a moderator confirms before approving). */
  doubt: SafetyDoubt;
  personalDetails: PersonalDetailKind[];
}

/** A council's own word or phrase (local slang), added by a safeguarding lead. */
export interface ExtraSafetyTerm {
  term: string;
  category: SafetyCategory;
  language?: SafetyLanguage;
}

export interface AssessOptions {
  extraTerms?: readonly ExtraSafetyTerm[];
}

let compiled: ReturnType<typeof compileLexicons> | null = null;
const lexicons = () => (compiled ??= compileLexicons(LEXICONS));

// On the phone, compile the lexicons when the page is idle (a few hundred milliseconds on a slow phone), so the
// first post does not wait for it. The server has no idle callback and compiles on its first post instead.
const idle = (globalThis as { requestIdleCallback?: (callback: () => void) => number }).requestIdleCallback;
if (typeof idle === 'function') idle.call(globalThis, () => void lexicons());

// Council words are compiled once per list: keyed by the list's content (the server reads it afresh for each post),
// in a small map so a server with many councils keeps only the lists in use. Each list compiles against a vocabulary
// of its own, so one council's words never change how another council's posts are read.
const EXTRA_CACHE_SIZE = 64;
const extraCache = new Map<string, CompiledPattern[]>();
function compileExtra(terms: readonly ExtraSafetyTerm[]): CompiledPattern[] {
  const key = JSON.stringify(terms.map((t) => [t.term, t.category, t.language ?? 'en']));
  const cached = extraCache.get(key);
  if (cached) return cached;
  const vocabulary = new Set(lexicons().vocabulary);
  const out: CompiledPattern[] = [];
  for (const t of terms) {
    // Each word of the phrase is one slot, next to each other; `*` and `|` in a council term are plain text.
    const words = t.term.replace(/[*|~$]/g, ' ').trim();
    if (words.length === 0 || !SAFETY_CATEGORIES.includes(t.category)) continue;
    const lexicon = { language: t.language ?? 'en', classes: {}, rules: [], safe: [], soften: [] } as const;
    const pattern = compilePattern(words, lexicon, { category: t.category, strength: 'strong', language: 'council' }, vocabulary);
    out.push(pattern);
    const joined = joinedVariant(pattern);
    if (joined) out.push(joined);
  }
  if (extraCache.size >= EXTRA_CACHE_SIZE) extraCache.delete(extraCache.keys().next().value as string);
  extraCache.set(key, out);
  return out;
}

export function assessText(text: string, options: AssessOptions = {}): TextAssessment {
  const extra = options.extraTerms && options.extraTerms.length > 0 ? compileExtra(options.extraTerms) : [];
  const hits = matchText(text, lexicons(), extra);
  const matches: SafetyMatch[] = hits
    .map((h) => ({ category: h.pattern.category, term: h.term, strength: h.pattern.strength }))
    .sort((a, b) => (a.strength === b.strength ? 0 : a.strength === 'strong' ? -1 : 1));
  const disclosure = matches.some((m) => m.strength === 'strong');
  const categories = [...new Set(matches.map((m) => m.category))];
  const doubt: SafetyDoubt = disclosure ? 'likely' : matches.length > 0 ? 'possible' : 'none';
  return { disclosure, categories, matches, doubt, personalDetails: findPersonalDetails(text) };
}
