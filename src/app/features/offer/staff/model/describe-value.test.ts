import { describe, expect, it } from 'vitest';
import { describeValue, formatPence } from './describe-value';

const words = { empty: '(none)', per: (p: string) => (p === 'once' ? 'once' : `each ${p}`) };

describe('describeValue', () => {
  it('says money in pounds, texts in English, lists joined and nothing as "none"', () => {
    expect(formatPence(300_000)).toBe('£3,000');
    expect(formatPence(1250)).toBe('£12.50');
    expect(describeValue({ pence: 320_000, per: 'once', note: { en: 'At least' } }, words)).toBe('£3,200 once (At least)');
    expect(describeValue({ pence: 2500, per: 'week', note: null }, words)).toBe('£25 each week');
    expect(describeValue({ en: 'Setting up home', cy: 'Sefydlu cartref' }, words)).toBe('Setting up home');
    expect(describeValue(['en', 'cy'], words)).toBe('en, cy');
    expect(describeValue([], words)).toBe('(none)');
    expect(describeValue(null, words)).toBe('(none)');
    expect(describeValue(24, words)).toBe('24');
    expect(describeValue({ minAge: 16, maxAge: null }, words)).toBe('minAge: 16; maxAge: (none)');
  });
});
