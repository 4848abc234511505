import { describe, expect, it } from 'vitest';
import { buildConfusableTable } from './confusables-source';
import { CONFUSABLE_LETTERS } from './confusables-table';
import { normaliseForSafety } from './normalise';

describe('look-alike table', () => {
  it('is what bench/make-safety-confusables.ts makes from the confusables package today', () => {
    expect(CONFUSABLE_LETTERS).toEqual(buildConfusableTable());
  });
  it('folds look-alikes from many scripts, and leaves Arabic as Arabic', () => {
    expect(normaliseForSafety('ѕеlf һаrm')).toBe('self harm'); // Cyrillic
    expect(normaliseForSafety('κill mοre')).toBe('kil more'); // Greek kappa, omicron
    expect(normaliseForSafety('ᴋɪʟʟ ᴍʏsᴇʟғ')).toBe('kil myself'); // small capitals
    expect(normaliseForSafety('ضربني')).toBe('ضربني');
  });
});
