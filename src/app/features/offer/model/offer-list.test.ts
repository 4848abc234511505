import { describe, expect, it } from 'vitest';
import { formatPounds, inOrder, isChanged } from './offer-list';
import { testItem } from './test-items';

describe('offer lists', () => {
  it('marks an item changed only when this phone showed an older version', () => {
    expect(isChanged({ version: 2 }, 1)).toBe(true);
    expect(isChanged({ version: 2 }, 2)).toBe(false);
    expect(isChanged({ version: 3 }, 5)).toBe(false);
    // Never opened here (the first sync brings everything): not "changed".
    expect(isChanged({ version: 4 }, undefined)).toBe(false);
  });

  it('keeps the council’s order', () => {
    const items = [testItem('b', { sortOrder: 2 }), testItem('c', { sortOrder: 1 }), testItem('a', { sortOrder: 2 })];
    expect(inOrder(items).map((i) => i.id)).toEqual(['c', 'a', 'b']);
  });

  it('writes amounts in pounds, without pence when there are none', () => {
    expect(formatPounds(300000, 'en')).toBe('£3,000');
    expect(formatPounds(1250, 'en')).toBe('£12.50');
    expect(formatPounds(300000, 'cy')).toBe('£3,000');
    expect(formatPounds(300000, 'pseudo')).toBe('£3,000');
    expect(formatPounds(300000, 'ar')).toMatch(/٣٬?٠٠٠|3,000/);
  });
});
