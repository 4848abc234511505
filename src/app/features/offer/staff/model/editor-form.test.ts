// The editor's form ↔ item input: pounds to whole pence, blank ages as "no limit", missing English named by field,
// the contract's own checks (age order, check-by date, language codes), and a server refusal's field.
import { describe, expect, it } from 'vitest';
import type { OfferItemFields } from '../../../../../shared/offer-staff';
import { blankForm, fieldOfServerMessage, formFromFields, formToInput, penceToPounds, poundsToPence, type EditorForm } from './editor-form';

const filled = (): EditorForm => {
  const form = blankForm('2026-03-01');
  form.text.en = { ...form.text.en, title: 'Setting up home', summary: 'Money for your first home.', body: 'Para one.\n\nPara two.' };
  form.text.ar = { ...form.text.ar, title: 'تأسيس المنزل' };
  form.owner = 'Leaving care team';
  return form;
};

describe('money', () => {
  it('reads pounds as typed into whole pence, and back', () => {
    expect(poundsToPence('3000')).toBe(300_000);
    expect(poundsToPence('£3,000')).toBe(300_000);
    expect(poundsToPence('12.5')).toBe(1250);
    expect(poundsToPence('12.05')).toBe(1205);
    expect(poundsToPence(' 0.99 ')).toBe(99);
    for (const bad of ['', 'abc', '12.345', '-5', '1e3', '3.']) expect(poundsToPence(bad), bad).toBeNull();
    expect(penceToPounds(300_000)).toBe('3000');
    expect(penceToPounds(1205)).toBe('12.05');
    expect(penceToPounds(99)).toBe('0.99');
  });
});

describe('formToInput', () => {
  it('makes the item input: pence, ages, texts with empty translations left out, the languages list', () => {
    const form = {
      ...filled(),
      pounds: '3,000',
      per: 'once' as const,
      minAge: '16',
      maxAge: '',
      languages: 'en, cy ar',
      statuses: ['relevant' as const, 'eligible' as const],
    };
    form.text.en.amountNote = 'At least';
    const result = formToInput(form);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.input.amount).toEqual({ pence: 300_000, per: 'once', note: { en: 'At least' } });
    expect(result.input.title).toEqual({ en: 'Setting up home', ar: 'تأسيس المنزل' });
    expect(result.input.howToClaim).toBeNull();
    expect(result.input.eligibility).toMatchObject({ minAge: 16, maxAge: null, statuses: ['eligible', 'relevant'] });
    expect(result.input.languages).toEqual(['en', 'cy', 'ar']);
    expect(result.input.statutory).toBeNull();
    expect(result.input.checkBy).toBe('2027-03-01');
  });

  it('names each problem by its field', () => {
    const form = blankForm('2026-03-01');
    form.text.cy.howToClaim = 'Gofynnwch i’ch cynghorydd';
    form.pounds = 'three thousand';
    form.minAge = '20';
    form.maxAge = '18';
    form.languages = 'English';
    form.checkBy = '2025-01-01';
    const result = formToInput(form);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual({
      'amount.pence': 'amount',
      'title.en': 'required',
      'summary.en': 'required',
      'body.en': 'required',
      'howToClaim.en': 'required',
      'eligibility.maxAge': 'ageOrder',
      languages: 'language',
      owner: 'required',
      checkBy: 'checkBy',
    });
  });

  it('refuses an age that is not a whole number, and a note about an amount that is not there', () => {
    const form = { ...filled(), minAge: '16.5' };
    form.text.en.amountNote = 'Up to';
    const result = formToInput(form);
    expect(result.ok ? {} : result.problems).toEqual({ 'amount.pence': 'amount', 'eligibility.minAge': 'age' });
  });

  it('reads a saved item back into the same form', () => {
    const result = formToInput({ ...filled(), pounds: '12.50', per: 'week', statutory: 'setting-up-home', nations: ['wales'] });
    if (!result.ok) throw new Error('should be valid');
    const fields = { ...result.input, languages: result.input.languages ?? ['en'], sortOrder: 0 } as OfferItemFields;
    const again = formFromFields(fields);
    expect(again.pounds).toBe('12.50');
    expect(again.per).toBe('week');
    expect(again.text.ar.title).toBe('تأسيس المنزل');
    expect(again.text.cy.title).toBe('');
    expect(again.nations).toEqual(['wales']);
    expect(formToInput(again)).toEqual(result);
  });
});

describe('a server refusal', () => {
  it('names the field its message starts with', () => {
    expect(fieldOfServerMessage('title.en: Too small: expected string to have >=1 characters')).toBe('title.en');
    expect(fieldOfServerMessage('eligibility.statuses.1: Invalid option')).toBe('eligibility.statuses');
    expect(fieldOfServerMessage('languages.2: a language code such as en, cy or ar')).toBe('languages');
    expect(fieldOfServerMessage('amount.per: Invalid option')).toBe('amount.pence');
    expect(fieldOfServerMessage('The body is not valid: expected object')).toBeNull();
  });
});
