// The shape of a safety lexicon: data only, compiled by ../matcher.ts.
//
// A pattern is a sequence of word slots, separated by spaces:
// - a slot lists alternatives with "|": `hit|hits|smack*` — `*` stands for any letters (a stem: `smack*` is smacks,
//   smacked, smacking); Arabic uses it for prefixes and suffixes too: `*ضرب*ني` (يضربني, ضربوني, بيضربني);
// - `$name` in a slot brings in a word class of the same lexicon (`$carer|he|she`); `$start` and `$end` are the
//   start and end of the text ("help me $end" is "help me" with nothing after it);
// - `~N` between two slots lets up to N other words stand between them (`$carer ~3 $hit ~2 $me`); without it the
//   words must be next to each other.
// Words are written plainly (lower case, no apostrophes: "dont"); they are normalised like the text they are
// compared with (repeated letters collapsed, Arabic letters unified), and Welsh words are also matched in their
// soft, nasal and aspirate mutations.
import type { SafetyCategory, SafetyLanguage } from '../categories';

export interface LexiconRule {
  category: SafetyCategory;
  /**
   * 'strong' (the default) is a likely disclosure: the post goes to the safeguarding queue and help shows at
   * once. 'weak' is a signal a moderator must look at before approving, without moving the post.
   */
  strength?: 'strong' | 'weak';
  patterns: readonly string[];
}

export interface Lexicon {
  language: SafetyLanguage;
  /** Word classes used as `$name` in patterns. */
  classes: Readonly<Record<string, string>>;
  rules: readonly LexiconRule[];
  /**
   * Ordinary phrases that share words with harm ("dying to go", "hit me up", "beat me at fifa"): a match that
   * relies on a word inside one of these does not count.
   */
  safe: readonly string[];
  /** Phrases that make an overlapping strong match weak ("he never hits me"): a person looks, nothing moves. */
  soften: readonly string[];
}
