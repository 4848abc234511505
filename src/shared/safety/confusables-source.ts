// Derives Heard's look-alike table from the `confusables` package (a dev dependency: only the generator and
// the test that keeps the table in step import this file; the phone gets the generated table).
import { confusablesMap } from 'confusables';

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;

/** Base letter → the characters that imitate it, leaving out what NFKC and accent removal already fold. */
export function buildConfusableTable(): Record<string, string> {
  const byBase = new Map<string, string[]>();
  for (const [ch, base] of confusablesMap) {
    if (ch.charCodeAt(0) < 0x80 || ARABIC.test(ch)) continue;
    const lower = base.toLowerCase();
    const folded = ch.normalize('NFKC').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
    if (folded === lower) continue;
    const list = byBase.get(lower) ?? [];
    list.push(ch);
    byBase.set(lower, list);
  }
  return Object.fromEntries([...byBase.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([b, cs]) => [b, cs.join('')]));
}
