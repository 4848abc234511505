// Comparing two versions of an item's fields: what a publish records as changed, and whether a draft differs at all.
import type { OfferFieldChange, OfferItemFields } from '../../../../shared/offer-staff';

/** The same JSON value, whatever order an object's keys came in. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Each top-level field that differs, in the fields' own order (title, summary, …, sortOrder). */
export function fieldChanges(before: OfferItemFields, after: OfferItemFields): OfferFieldChange[] {
  const keys = [...new Set([...Object.keys(after), ...Object.keys(before)])] as (keyof OfferItemFields)[];
  return keys.filter((k) => !sameValue(before[k], after[k])).map((k) => ({ field: k, before: before[k] ?? null, after: after[k] ?? null }));
}
