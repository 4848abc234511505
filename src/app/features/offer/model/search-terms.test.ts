import { describe, expect, it } from 'vitest';
import { arabicTerm, englishTerm, termFor, welshTerm } from './search-terms';

describe('search terms', () => {
  it('English: common endings meet their word', () => {
    expect(englishTerm('Allowance')).toBe('allow');
    expect(englishTerm('allowances')).toBe('allow');
    expect(englishTerm('allowences')).toBe('allow');
    expect(englishTerm('home')).toBe('hom');
    expect(englishTerm('homes')).toBe('hom');
    expect(englishTerm('setting')).toBe('sett');
    expect(englishTerm('studies')).toBe(englishTerm('study'));
    expect(englishTerm('bills')).toBe('bill');
    expect(englishTerm('address')).toBe('address');
    expect(englishTerm('addresses')).toBe('address');
    expect(englishTerm('up')).toBe('up');
    expect(englishTerm('2026')).toBe('2026');
  });

  it('Welsh: a mutated first letter meets the word as written in the dictionary', () => {
    expect(welshTerm('pres')).toBe('pres');
    expect(welshTerm('bres')).toBe('pres');
    expect(welshTerm('mhres')).toBe('pres');
    expect(welshTerm('phres')).toBe('pres');
    expect(welshTerm('Cartref')).toBe(welshTerm('gartref'));
    expect(welshTerm('nghartref')).toBe(welshTerm('cartref'));
    expect(welshTerm('chartref')).toBe(welshTerm('cartref'));
    expect(welshTerm('treth')).toBe(welshTerm('dreth'));
    expect(welshTerm('nhreth')).toBe(welshTerm('threth'));
    expect(welshTerm('llety')).toBe(welshTerm('lety'));
    expect(welshTerm('harian')).toBe('arian');
    expect(welshTerm('ffôn')).toBe('ffôn');
  });

  it('Arabic: marks, tatweel and alef forms do not matter, nor the article ال', () => {
    expect(arabicTerm('المنزل')).toBe('منزل');
    expect(arabicTerm('مَنْزِل')).toBe('منزل');
    expect(arabicTerm('منـــزل')).toBe('منزل');
    expect(arabicTerm('إعانة')).toBe(arabicTerm('اعانه'));
    expect(arabicTerm('والمنحة')).toBe(arabicTerm('منحه'));
    expect(arabicTerm('ال')).toBe('ال');
  });

  it('chooses the language’s rules, English for any other', () => {
    expect(termFor('cy')('bres')).toBe('pres');
    expect(termFor('ar')('المنزل')).toBe('منزل');
    expect(termFor('pseudo')('homes')).toBe('hom');
  });
});
