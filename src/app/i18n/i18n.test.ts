// The council's own words ("Family Time" for "contact") show wherever a string uses the vocab namespace, in each
// language the council names, and go back to Heard's default when the council stops setting them.
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyVocabulary, initI18n } from './i18n';

describe('council vocabulary', () => {
  beforeAll(async () => {
    await initI18n('en');
  });

  it('lays the council words over the defaults and takes them off again', () => {
    expect(i18next.t('vocab:contact')).toBe('contact');
    applyVocabulary({ en: { contact: 'Family Time' } });
    expect(i18next.t('vocab:contact')).toBe('Family Time');
    expect(i18next.t('vocab:lookedAfter')).toBe('in care');
    expect(i18next.t('$t(vocab:contact) is on Saturday')).toBe('Family Time is on Saturday');
    applyVocabulary({});
    expect(i18next.t('vocab:contact')).toBe('contact');
  });

  it('applies to a language that loads later, keeping its other words', async () => {
    applyVocabulary({ en: { contact: 'Family Time' }, cy: { contact: 'Amser Teulu' } });
    await i18next.changeLanguage('cy');
    expect(i18next.t('vocab:contact')).toBe('Amser Teulu');
    expect(i18next.t('vocab:visit')).toBe('ymweliad');
    await i18next.changeLanguage('en');
    expect(i18next.t('vocab:contact')).toBe('Family Time');
  });

  it('shows a council word as text: no nesting, no interpolation, wherever it appears', async () => {
    await i18next.changeLanguage('en');
    const words = ['$t(common:appName) {{count}} items', '{{- contact}} $t(vocab:visit)', '$t(vocab:contact)'];
    for (const word of words) {
      applyVocabulary({ en: { contact: word } });
      expect(i18next.t('vocab:contact')).toBe(word);
      expect(i18next.t('vocab:contact', { count: 3, contact: 'x' })).toBe(word);
      expect(i18next.t('$t(vocab:contact) is on Saturday')).toBe(`${word} is on Saturday`);
    }
    applyVocabulary({});
    expect(i18next.t('vocab:contact')).toBe('contact');
  });
});
