import { describe, expect, it } from 'vitest';
import { formatDay } from './format-day';

describe('dates', () => {
  it('formats a plain day without slipping a day in any time zone', () => {
    expect(formatDay('2025-03-07', 'en')).toBe('7 March 2025');
  });
  it('leaves text it cannot read as it is', () => {
    expect(formatDay('soon', 'en')).toBe('soon');
  });
});
