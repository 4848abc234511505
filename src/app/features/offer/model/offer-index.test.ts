import { describe, expect, it } from 'vitest';
import { buildOfferIndex, indexKey } from './offer-index';
import { COUNCIL_TAX, DRIVING, SETTING_UP_HOME, TEST_ITEMS } from './test-items';

describe('searching the offer', () => {
  const en = buildOfferIndex(TEST_ITEMS, 'en');

  it('finds the setting-up-home allowance from an unfinished word and a misspelt ending', () => {
    expect(en.search('setting up hom')[0]).toBe(SETTING_UP_HOME.id);
    expect(en.search('allowences')[0]).toBe(SETTING_UP_HOME.id);
    expect(en.search('allowances')[0]).toBe(SETTING_UP_HOME.id);
  });

  it('searches the body (as words, not Markdown) and how to claim', () => {
    expect(en.search('cooker')).toEqual([SETTING_UP_HOME.id]);
    expect(en.search('theory')).toEqual([DRIVING.id]);
    expect(en.search('list')).toContain(SETTING_UP_HOME.id);
  });

  it('forgives a typo, and finds nothing for nothing', () => {
    expect(en.search('drivng')[0]).toBe(DRIVING.id);
    expect(en.search('counsil tax')[0]).toBe(COUNCIL_TAX.id);
    expect(en.search('   ')).toEqual([]);
    expect(en.search('zebra')).toEqual([]);
  });

  it('searches in Welsh, mutations and all', () => {
    const cy = buildOfferIndex(TEST_ITEMS, 'cy');
    expect(cy.search('cartref')[0]).toBe(SETTING_UP_HOME.id);
    expect(cy.search('nghartref')).toContain(SETTING_UP_HOME.id);
    expect(cy.search('treth')[0]).toBe(COUNCIL_TAX.id);
    // An item with no Welsh is found by its English words.
    expect(cy.search('theory')).toEqual([DRIVING.id]);
  });

  it('searches in Arabic with or without the article and marks', () => {
    const ar = buildOfferIndex(TEST_ITEMS, 'ar');
    expect(ar.search('منزل')[0]).toBe(SETTING_UP_HOME.id);
    expect(ar.search('المنزل')[0]).toBe(SETTING_UP_HOME.id);
    expect(ar.search('مِنحة')[0]).toBe(SETTING_UP_HOME.id);
  });

  it('is built again when an item changes version or the language changes', () => {
    const key = indexKey(TEST_ITEMS, 'en');
    expect(indexKey(TEST_ITEMS, 'en')).toBe(key);
    expect(indexKey([{ ...SETTING_UP_HOME, version: 2 }, ...TEST_ITEMS.slice(1)], 'en')).not.toBe(key);
    expect(indexKey(TEST_ITEMS, 'cy')).not.toBe(key);
    expect(JSON.stringify(en).length).toBeGreaterThan(100);
  });
});
