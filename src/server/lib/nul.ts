// PostgreSQL cannot store the NUL character in text (SQLite can), so input holding one would fail deep inside a
// handler as a 500. It is never part of real text: input that holds one is refused up front as a 4xx.

/** True when a string anywhere inside the value (keys included) holds U+0000. */
export function hasNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 32 || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((v) => hasNul(v, depth + 1));
  return Object.entries(value).some(([k, v]) => k.includes('\u0000') || hasNul(v, depth + 1));
}
