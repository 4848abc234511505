import { describe, expect, it } from 'vitest';
import { dateLocale, formatDate } from './dates';

describe('staff dates', () => {
  it('formats dates without moving a date-only value across midnight', () => {
    expect(formatDate('2026-11-03', 'en')).toBe('3 November 2026');
    expect(formatDate(null, 'en')).toBe('');
    expect(formatDate('not a date', 'en')).toBe('not a date');
  });
  it('reads English (and the pseudo language) the British way', () => {
    expect(dateLocale('en-US')).toBe('en-GB');
    expect(dateLocale('pseudo')).toBe('en-GB');
    expect(dateLocale('cy')).toBe('cy');
  });
});
