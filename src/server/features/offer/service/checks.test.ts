import { describe, expect, it } from 'vitest';
import { REQUIRED_CATEGORIES, offerItemInputSchema, type OfferItemFields, type OfferItemInput } from '../../../../shared/offer-staff';
import { offerChecks, type CheckedItem } from './checks';

function item(id: string, over: Partial<OfferItemInput> = {}): CheckedItem {
  const fields: OfferItemFields = offerItemInputSchema.parse({
    category: 'money',
    title: { en: `Item ${id}` },
    summary: { en: 'Help.' },
    body: { en: 'Help.' },
    eligibility: { minAge: 16, maxAge: 24, statuses: [], outOfArea: 'any', inEducation: 'any', uasc: 'any', nations: [] },
    lastChecked: '2026-01-10',
    checkBy: '2026-07-10',
    owner: 'Leaving care team',
    ...over,
  });
  return { id, fields };
}

/** An offer that passes every check in England. */
const complete = (): CheckedItem[] => [
  item('home', { statutory: 'setting-up-home', amount: { pence: 300_000, per: 'once', note: null } }),
  item('tax', { statutory: 'council-tax', category: 'money' }),
  ...REQUIRED_CATEGORIES.map((category) => item(`c-${category}`, { category })),
];
const today = '2026-03-02';

describe('offerChecks', () => {
  it('passes a complete offer', () => {
    expect(offerChecks({ nation: 'england', items: complete(), today })).toEqual([]);
  });

  it('flags a setting-up-home allowance below £3,000 in England only, and one with no amount', () => {
    const items = complete().map((i) =>
      i.id === 'home' ? item('home', { statutory: 'setting-up-home', amount: { pence: 299_999, per: 'once', note: null } }) : i,
    );
    const england = offerChecks({ nation: 'england', items, today });
    expect(england).toEqual([expect.objectContaining({ code: 'setting-up-home-below-minimum', itemId: 'home', category: 'money' })]);
    expect(england[0]?.message).toContain('£2,999.99 is below the £3,000 minimum');
    expect(offerChecks({ nation: 'wales', items, today })).toEqual([]);
    const none = complete().map((i) => (i.id === 'home' ? item('home', { statutory: 'setting-up-home' }) : i));
    expect(offerChecks({ nation: 'england', items: none, today }).map((c) => c.code)).toEqual(['setting-up-home-below-minimum']);
  });

  it('flags a missing setting-up-home allowance and a missing council tax exemption', () => {
    const items = complete().filter((i) => i.id !== 'home' && i.id !== 'tax');
    expect(offerChecks({ nation: 'wales', items, today }).map((c) => c.code)).toEqual(['setting-up-home-missing', 'council-tax-missing']);
  });

  it('flags each required category with no item', () => {
    const items = complete().filter((i) => i.id !== 'c-housing' && i.id !== 'c-health');
    const checks = offerChecks({ nation: 'england', items, today });
    expect(checks.map((c) => [c.code, c.category])).toEqual([
      ['category-empty', 'housing'],
      ['category-empty', 'health'],
    ]);
    const empty = offerChecks({ nation: 'england', items: [], today });
    expect(empty.filter((c) => c.code === 'category-empty')).toHaveLength(REQUIRED_CATEGORIES.length);
  });

  it('flags an item whose check-by day has passed, not one due today', () => {
    const items = [...complete(), item('late', { lastChecked: '2025-01-01', checkBy: '2026-03-01' }), item('due', { checkBy: today })];
    expect(offerChecks({ nation: 'england', items, today })).toEqual([
      expect.objectContaining({ code: 'check-overdue', itemId: 'late', message: '"Item late" was due to be checked by 2026-03-01.' }),
    ]);
  });
});
