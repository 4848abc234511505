import { describe, expect, it } from 'vitest';
import { OFFER_CATEGORIES, STATUTORY_KEYS } from '../../../shared/offer';
import { offerItemInputSchema } from '../../../shared/offer-staff';
import { DEMO_OFFER } from './demo-offer';

const LOCALIZED = ['title', 'summary', 'body', 'howToClaim', 'whoToAsk'] as const;
const parsed = DEMO_OFFER.map((item) => ({ id: item.id, fields: offerItemInputSchema.parse(item.input) }));
const DRAMA_NUMBER = /^(01632 ?960 ?\d{3}|07700 ?900 ?\d{3})$/;

describe("Demoshire's local offer", () => {
  it('is at least 34 items that each parse as staff input, with unique offer- ids', () => {
    expect(DEMO_OFFER.length).toBeGreaterThanOrEqual(34);
    for (const item of DEMO_OFFER) {
      const result = offerItemInputSchema.safeParse(item.input);
      expect(result.success, `${item.id}: ${result.error?.message ?? ''}`).toBe(true);
      expect(item.id).toMatch(/^offer-[a-z0-9]+(-[a-z0-9]+)*$/);
    }
    expect(new Set(DEMO_OFFER.map((i) => i.id)).size).toBe(DEMO_OFFER.length);
  });

  it('has at least two items in every category', () => {
    for (const category of OFFER_CATEGORIES) {
      expect(parsed.filter((i) => i.fields.category === category).length, category).toBeGreaterThanOrEqual(2);
    }
  });

  it('names every statutory item', () => {
    for (const key of STATUTORY_KEYS)
      expect(
        parsed.some((i) => i.fields.statutory === key),
        key,
      ).toBe(true);
  });

  it('says everything in English, Welsh and Arabic, and the Welsh and Arabic are not the English', () => {
    for (const { id, fields } of parsed) {
      const texts = [...LOCALIZED.map((f) => fields[f]), fields.amount?.note ?? null];
      for (const text of texts) {
        if (text === null) continue;
        expect(text.en.trim(), id).not.toBe('');
        expect(text.cy?.trim(), id).toBeTruthy();
        expect(text.ar?.trim(), id).toBeTruthy();
      }
      for (const f of ['title', 'summary', 'body'] as const) {
        expect(fields[f].cy, `${id} ${f}`).not.toBe(fields[f].en);
        expect(fields[f].ar, `${id} ${f}`).toMatch(/[\u0600-\u06FF]/);
      }
      for (const f of LOCALIZED) expect(fields[f], `${id} ${f}`).not.toBeNull();
    }
  });

  it('writes bodies as Markdown, never HTML', () => {
    for (const { id, fields } of parsed) {
      for (const text of Object.values(fields.body)) expect(text, id).not.toMatch(/<[a-z/!][^>]*>/i);
    }
  });

  it('uses only phone numbers from the drama range and example.org addresses', () => {
    const all = JSON.stringify(DEMO_OFFER);
    for (const number of all.match(/0\d{3,4} ?\d{3} ?\d{3,4}/g) ?? []) expect(number).toMatch(DRAMA_NUMBER);
    for (const address of all.match(/[\w.-]+@[\w.-]+|https?:\/\/[^\s)"]+/g) ?? []) expect(address).toMatch(/example\.org/);
  });

  it('keeps ages whole and inclusive, and check-by dates after the last check', () => {
    for (const { id, fields } of parsed) {
      const { minAge, maxAge } = fields.eligibility;
      if (minAge !== null) expect(minAge, id).toBeGreaterThanOrEqual(0);
      if (maxAge !== null) expect(maxAge, id).toBeLessThanOrEqual(25);
      expect(fields.checkBy >= fields.lastChecked, id).toBe(true);
    }
  });

  it('has some items overdue for a check, so the staff list shows the flag', () => {
    const overdue = parsed.filter((i) => i.fields.checkBy < '2026-12-01');
    expect(overdue.length).toBeGreaterThanOrEqual(2);
    expect(overdue.length).toBeLessThan(parsed.length / 4);
  });

  it('covers the conditions "For me" asks about', () => {
    const e = parsed.map((i) => i.fields.eligibility);
    expect(e.some((x) => x.outOfArea === 'only')).toBe(true);
    expect(e.some((x) => x.outOfArea === 'not')).toBe(true);
    expect(e.some((x) => x.inEducation === 'only')).toBe(true);
    expect(e.some((x) => x.uasc === 'only')).toBe(true);
    expect(e.some((x) => x.nations.includes('wales'))).toBe(true);
    expect(e.some((x) => x.statuses.includes('qualifying'))).toBe(true);
  });

  it('has the setting-up-home allowance exactly as other code expects it', () => {
    const item = DEMO_OFFER.find((i) => i.id === 'offer-setting-up-home');
    expect(item).toBeDefined();
    const fields = offerItemInputSchema.parse(item?.input);
    expect(fields.statutory).toBe('setting-up-home');
    expect(fields.category).toBe('money');
    expect(fields.amount).toMatchObject({ pence: 300_000, per: 'once' });
    expect(fields.eligibility).toMatchObject({ minAge: 16, maxAge: 24, outOfArea: 'any' });
    expect([...fields.eligibility.statuses].sort()).toEqual(['former-relevant', 'relevant']);
    expect(fields.title.en).toBe('Setting up home allowance');
    const english = `${fields.title.en} ${fields.summary.en} ${fields.body.en}`.toLowerCase();
    expect(english).toContain('setting up home');
    expect(english).toContain('allowance');
    expect(parsed.filter((i) => i.fields.statutory === 'setting-up-home')).toHaveLength(1);
  });

  it('gives the statutory items the ages and statuses the law sets', () => {
    const byKey = (key: string) => parsed.find((i) => i.fields.statutory === key)?.fields.eligibility;
    // Personal adviser: to the 25th birthday. Staying Put: to the 21st, for those in foster care at 18 (never "relevant",
    // who left care before 18). Council tax: to the 25th birthday, adults only.
    expect(byKey('personal-adviser')).toMatchObject({ minAge: 16, maxAge: 24 });
    expect(byKey('staying-put')).toMatchObject({ maxAge: 20 });
    expect(byKey('staying-put')?.statuses).not.toContain('relevant');
    expect(byKey('council-tax')).toMatchObject({ minAge: 18, maxAge: 24 });
    const uasc = parsed.find((i) => i.id === 'offer-immigration-advice')?.fields.eligibility;
    expect(uasc?.uasc).toBe('only');
    for (const id of ['offer-university-bursary', 'offer-vacation-accommodation', 'offer-16-19-bursary']) {
      expect(parsed.find((i) => i.id === id)?.fields.eligibility.inEducation, id).toBe('only');
    }
  });

  it('has the council tax exemption for England and a separate item for Wales', () => {
    const england = parsed.find((i) => i.id === 'offer-council-tax');
    expect(england?.fields).toMatchObject({ statutory: 'council-tax', eligibility: { nations: ['england'], maxAge: 24 } });
    const wales = parsed.find((i) => i.fields.eligibility.nations.includes('wales'));
    expect(wales?.fields.eligibility.nations).toEqual(['wales']);
  });
});
