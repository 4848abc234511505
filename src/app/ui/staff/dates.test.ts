import { describe, expect, it } from 'vitest';
import { dateLocale, formatDate, formatTime } from './dates';

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
  it("writes a time with its hour in the council's time, whatever the computer's time zone", () => {
    // 14:00 UTC is 15:00 in a British summer and 14:00 in winter; the reader's own zone does not move it.
    expect(formatTime('2026-08-28T14:00:00.000Z', 'en')).toMatch(/^28 August 2026.*15:00 BST$/);
    expect(formatTime('2026-12-01T14:00:00.000Z', 'en')).toMatch(/^1 December 2026.*14:00 GMT$/);
    expect(formatTime('2026-08-28T23:30:00.000Z', 'cy')).toMatch(/29 Awst 2026.*00:30/);
    expect(formatTime('not a time', 'en')).toBe('not a time');
  });
});
