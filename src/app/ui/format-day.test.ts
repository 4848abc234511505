import { describe, expect, it } from 'vitest';
import { formatDay, intlHas } from './format-day';

const noWelshIntl = (locale: string) => !locale.startsWith('cy');

describe('dates', () => {
  it('formats a plain day without slipping a day in any time zone', () => {
    expect(formatDay('2025-03-07', 'en')).toBe('7 March 2025');
    expect(formatDay('2025-03-07', 'pseudo')).toBe('7 March 2025');
  });
  it('leaves text it cannot read as it is', () => {
    expect(formatDay('soon', 'en')).toBe('soon');
    expect(formatDay('soon', 'cy', noWelshIntl)).toBe('soon');
  });
  it('writes Welsh month names, from Intl or, where the platform has no Welsh, from its own', () => {
    expect(formatDay('2026-03-02', 'cy')).toBe('2 Mawrth 2026');
    expect(formatDay('2026-03-02', 'cy', noWelshIntl)).toBe('2 Mawrth 2026');
    expect(formatDay('2026-07-31', 'cy', noWelshIntl)).toBe('31 Gorffennaf 2026');
  });
  it('gives the same Welsh as an Intl that has Welsh, for every month', () => {
    // Node's full ICU has Welsh; Chromium's does not (it answers in American English).
    expect(intlHas('cy')).toBe(true);
    for (let month = 1; month <= 12; month++) {
      const day = `2026-${String(month).padStart(2, '0')}-15`;
      expect(formatDay(day, 'cy', noWelshIntl)).toBe(formatDay(day, 'cy'));
    }
  });
  it('keeps a date-time on its local day in the Welsh fallback', () => {
    const at = new Date(2026, 0, 1, 0, 30).toISOString();
    expect(formatDay(at, 'cy', noWelshIntl)).toBe('1 Ionawr 2026');
  });
  it('writes Arabic dates with Arabic month names and the same digits on every phone', () => {
    expect(formatDay('2026-03-02', 'ar')).toBe('2 مارس 2026');
    expect(formatDay('2026-12-25', 'ar')).not.toMatch(/[\u0660-\u0669]/);
  });
});
