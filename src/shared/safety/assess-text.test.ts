import { describe, expect, it } from 'vitest';
import { assessText, SAFETY_CATEGORIES } from './assess-text';

describe('assessText: disclosure of harm', () => {
  it.each([
    'my carer hits me when nobody is looking',
    'He touched me and I dont like it',
    "I'm scared to go home",
    'i want to die',
    'sometimes I cut myself',
    'I dont feel safe where I live',
    'my step dad hurts me',
    'Someone made me send pics',
    'Im running away tonight',
    'Dw i ddim yn ddiogel',
    'أبي يضربني',
  ])('flags "%s"', (text) => {
    expect(assessText(text).disclosure).toBe(true);
  });
  it.each([
    'No more changing social workers',
    'Yes more trips to the beach',
    'I dont feel heard when people talk over me',
    'My meetings would be better if they were shorter',
    'Visits would be better if they were at the weekend',
    'More family time please',
    'نريد المزيد من الرحلات',
  ])('does not flag "%s"', (text) => {
    expect(assessText(text).disclosure).toBe(false);
  });
});

describe('assessText: personal details', () => {
  it.each<[string, string]>([
    ['call me on 07700 900123', 'phone'],
    ['ring +44 7700 900123', 'phone'],
    ['email me jo.bloggs@example.com', 'email'],
    ['I live at 12 Acacia Road', 'address'],
    ['near SO23 8UJ', 'address'],
    ['add me @jo_b123', 'social-handle'],
    ['my snap is jobloggs', 'social-handle'],
    ['My name is Jordan', 'name'],
    ['my social worker Sarah never calls back', 'name'],
    ['My carer Jo is kind', 'name'],
    ['Mrs Patel is the best', 'name'],
    ['I go to Oakfield Primary', 'school'],
    ['Bullying at Westgate Academy', 'school'],
  ])('finds details in "%s"', (text, kind) => {
    expect(assessText(text).personalDetails).toContain(kind);
  });
  it.each(['No more changing social workers', 'Yes more days out with my carer', 'I am 14 and I like football'])('finds none in "%s"', (text) => {
    expect(assessText(text).personalDetails).toEqual([]);
  });
});

describe('assessText: what it returns', () => {
  it('names the category and the words for staff, and says how sure it is', () => {
    const r = assessText('my stepdad h1ts me');
    expect(r.disclosure).toBe(true);
    expect(r.doubt).toBe('likely');
    expect(r.categories[0]).toBe('physical-harm');
    expect(r.matches).toContainEqual({ category: 'physical-harm', term: 'hits me', strength: 'strong' });
  });
  it.each(['nobody cares about me', "I'm scared", "I don't like going home"])(
    '"%s" is a possible concern: a moderator confirms, the post does not move',
    (text) => {
      const r = assessText(text);
      expect(r.disclosure).toBe(false);
      expect(r.doubt).toBe('possible');
      expect(r.matches.every((m) => m.strength === 'weak')).toBe(true);
      expect(r.categories.length).toBeGreaterThan(0);
    },
  );
  it('has no doubt about an ordinary post', () => {
    expect(assessText('Yes more trips to the beach')).toMatchObject({
      disclosure: false,
      doubt: 'none',
      categories: [],
      matches: [],
    });
  });
  it('lists every category as a known one', () => {
    expect(SAFETY_CATEGORIES).toContain('criminal-exploitation');
    expect(SAFETY_CATEGORIES).toHaveLength(8);
  });
});

describe('assessText: council words', () => {
  const extraTerms = [
    { term: 'going OT', category: 'criminal-exploitation' as const },
    { term: 'munch', category: 'criminal-exploitation' as const, language: 'en' as const },
    { term: 'ffrind arbennig', category: 'sexual-harm' as const, language: 'cy' as const },
    { term: 'بيت الخالة', category: 'criminal-exploitation' as const, language: 'ar' as const },
  ];
  it('are not matched without the option', () => {
    expect(assessText('im going ot this weekend').disclosure).toBe(false);
  });
  it.each<[string, string]>([
    ['im going OT this weekend', 'going ot'],
    ['im g0ing O.T. this weekend', 'going ot'],
    ['they want me to munch', 'munch'],
    ['they want me to muuunch', 'muuunch'],
    ['mae ganddo fe ffrind arbennig i fi', 'ffrind arbennig'],
    ['رحت على بيت الخالـــة', 'بيت الخاله'],
  ])('are normalised like the text and matched as phrases: "%s"', (text, term) => {
    const r = assessText(text, { extraTerms });
    expect(r.disclosure).toBe(true);
    expect(r.matches.map((m) => m.term)).toContain(term);
  });
  it('match whole words only', () => {
    expect(assessText('we had brunch and lunch', { extraTerms }).disclosure).toBe(false);
  });
  it('ignore a term with no words or an unknown category', () => {
    const odd = [
      { term: '   ', category: 'neglect' as const },
      { term: 'biscuits', category: 'not-a-category' as unknown as 'neglect' },
    ];
    expect(assessText('i like biscuits', { extraTerms: odd }).disclosure).toBe(false);
  });
});

describe("assessText: a council's own words", () => {
  const pebble = [{ term: 'pebble run', category: 'criminal-exploitation' as const, language: 'en' as const }];
  it('match when given, as fresh arrays each time (the server reads them per post)', () => {
    expect(assessText('they sent me on a pebble run').disclosure).toBe(false);
    expect(assessText('they sent me on a pebble run', { extraTerms: [...pebble] }).disclosure).toBe(true);
    expect(assessText('they sent me on a P3BBLE  RUN', { extraTerms: [...pebble] }).categories).toEqual(['criminal-exploitation']);
  });
  it('never change how the text of another council is read', () => {
    const before = assessText('pebblerun today lol');
    assessText('x', { extraTerms: [...pebble] });
    expect(assessText('pebblerun today lol')).toEqual(before);
  });
});
