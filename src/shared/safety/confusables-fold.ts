// Look-alike letters (Cyrillic "і", Greek "ο", Cherokee "Ꭺ", small capitals...) folded to the Latin letter they
// imitate. The data is the `confusables` package's table (github.com/gc/confusables), cut down by
// bench/make-safety-confusables.ts to what Unicode NFKC and accent removal do not already fold, so the phone
// downloads a third of it; src/shared/safety/confusables.test.ts fails if it no longer matches the package.
import { CONFUSABLE_LETTERS } from './confusables-table';

let reverse: Map<string, string> | null = null;

/** The Latin letter or digit a character imitates, or undefined. */
export function confusableBase(ch: string): string | undefined {
  if (!reverse) {
    reverse = new Map();
    for (const [base, chars] of Object.entries(CONFUSABLE_LETTERS)) {
      for (const c of chars) reverse.set(c, base);
    }
  }
  return reverse.get(ch);
}
