import { describe, expect, it } from 'vitest';
import { pageCount } from './paging';

describe('paging', () => {
  it('counts pages, with one page for an empty list', () => {
    expect(pageCount(0, 50)).toBe(1);
    expect(pageCount(50, 50)).toBe(1);
    expect(pageCount(51, 50)).toBe(2);
    expect(pageCount(2000, 50)).toBe(40);
  });
});
