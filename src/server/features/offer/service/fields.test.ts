import { describe, expect, it } from 'vitest';
import { offerItemInputSchema } from '../../../../shared/offer-staff';
import { fieldChanges, sameValue } from './fields';

const base = offerItemInputSchema.parse({
  category: 'money',
  title: { en: 'Setting up home', cy: 'Sefydlu cartref' },
  summary: { en: 'Money for your first home.' },
  body: { en: 'Money for your first home.' },
  amount: { pence: 300_000, per: 'once', note: null },
  eligibility: { minAge: 16, maxAge: 24, statuses: ['relevant'], outOfArea: 'any', inEducation: 'any', uasc: 'any', nations: [] },
  lastChecked: '2026-01-10',
  checkBy: '2026-07-10',
  owner: 'Leaving care team',
});

describe('sameValue', () => {
  it('ignores key order and undefined keys but not array order', () => {
    expect(sameValue({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1, d: undefined })).toBe(true);
    expect(sameValue({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameValue({ a: null }, { a: 0 })).toBe(false);
    expect(sameValue([], {})).toBe(false);
  });
});

describe('fieldChanges', () => {
  it('names each changed field with its values before and after', () => {
    const after = { ...base, amount: { pence: 320_000, per: 'once' as const, note: null }, title: { en: 'Setting up home' } };
    expect(fieldChanges(base, after)).toEqual([
      { field: 'title', before: { en: 'Setting up home', cy: 'Sefydlu cartref' }, after: { en: 'Setting up home' } },
      { field: 'amount', before: base.amount, after: after.amount },
    ]);
    expect(fieldChanges(base, { ...base })).toEqual([]);
  });
});
