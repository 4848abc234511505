import { describe, expect, it } from 'vitest';
import { fromLocalized, toLocalized } from './localized-input';

describe('localized text', () => {
  it('keeps English, trims, and leaves out empty translations', () => {
    expect(toLocalized({ en: ' Hello ', cy: ' ', ar: 'مرحبا' })).toEqual({ en: 'Hello', ar: 'مرحبا' });
    expect(toLocalized({ en: '  ', cy: 'Helo', ar: '' })).toBeNull();
  });
  it('fills the three fields from a text, or leaves them empty', () => {
    expect(fromLocalized({ en: 'Hi', cy: 'Helo' })).toEqual({ en: 'Hi', cy: 'Helo', ar: '' });
    expect(fromLocalized(null)).toEqual({ en: '', cy: '', ar: '' });
  });
});
