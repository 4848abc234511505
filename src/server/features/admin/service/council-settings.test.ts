import { describe, expect, it } from 'vitest';
import { parseCouncilSettings } from '../../../council/settings';
import { changedSettings } from './council-settings';

const stored = parseCouncilSettings(JSON.stringify({ outOfHoursPhone: '0300 1', vocabulary: {}, languages: ['en', 'cy'], future: 1 }));

describe('a council settings change', () => {
  it('names only the fields that really change', () => {
    expect(changedSettings(stored, {}).changed).toEqual([]);
    expect(changedSettings(stored, { outOfHoursPhone: '0300 1', languages: ['cy', 'en'] }).changed).toEqual([]);
    const { next, changed } = changedSettings(stored, { outOfHoursPhone: '0300 2', vocabulary: { en: { contact: 'Family Time' } } });
    expect(changed).toEqual(['outOfHoursPhone', 'vocabulary']);
    expect(next.outOfHoursPhone).toBe('0300 2');
    expect(next.rest).toEqual({ future: 1 });
  });

  it('always keeps English, in a stable order', () => {
    const { next, changed } = changedSettings(stored, { languages: ['ar'] });
    expect(changed).toEqual(['languages']);
    expect(next.languages).toEqual(['en', 'ar']);
  });
});
