// A published field's value in a few words for the history and the "what changed" list: the English of a text, money
// in pounds, a list joined, who an item is for in short.

export interface ValueWords {
  /** The empty value ("none"). */
  empty: string;
  /** "once", "each week"… for an amount's `per`. */
  per: (per: string) => string;
}

const money = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: 0, maximumFractionDigits: 2 });

/** Whole pence as pounds: 300000 → "£3,000", 1250 → "£12.50". */
export function formatPence(pence: number): string {
  return money.format(pence / 100).replace(/\.(\d)$/, (_, d: string) => `.${d}0`);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function describeValue(value: unknown, words: ValueWords): string {
  if (value === null || value === undefined || value === '') return words.empty;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? words.empty : value.map((v) => describeValue(v, words)).join(', ');
  if (isRecord(value)) {
    if (typeof value['en'] === 'string') return value['en'];
    if (typeof value['pence'] === 'number') {
      const note = isRecord(value['note']) && typeof value['note']['en'] === 'string' ? ` (${value['note']['en']})` : '';
      return `${formatPence(value['pence'])} ${words.per(String(value['per']))}${note}`;
    }
    return Object.entries(value)
      .map(([k, v]) => `${k}: ${describeValue(v, words)}`)
      .join('; ');
  }
  return String(value);
}
