// The council's own safety words, as the phone received them with its council, for the safety check at send time.
import type { SafetyTerm } from '../../shared/safety-terms';
import { db } from '../storage/db';

let last: { source: unknown; terms: readonly SafetyTerm[] } | null = null;

/** The words of the council this phone joined (none before the first sync). The same array while they are unchanged. */
export async function councilSafetyTerms(): Promise<readonly SafetyTerm[]> {
  const council = await db.council.toCollection().first();
  const source = council?.safetyTerms;
  // The check compiles a list once per array: hand back the same array while the stored list is the same.
  if (last && JSON.stringify(last.source) === JSON.stringify(source)) return last.terms;
  last = { source, terms: source ?? [] };
  return last.terms;
}
