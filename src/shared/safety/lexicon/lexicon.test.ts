import { describe, expect, it } from 'vitest';
import { assessText } from '../assess-text';
import { SAFETY_CATEGORIES, type SafetyCategory } from '../categories';
import { compileLexicons } from '../matcher';
import { welshMutations } from '../welsh';
import { LEXICONS } from '.';

describe('safety lexicons (data)', () => {
  it('compile: every word class they use exists', () => {
    expect(() => compileLexicons(LEXICONS)).not.toThrow();
  });

  it('have strong rules for every category in every language', () => {
    for (const lexicon of LEXICONS) {
      for (const category of SAFETY_CATEGORIES) {
        const strong = lexicon.rules.filter((r) => r.category === category && (r.strength ?? 'strong') === 'strong');
        expect(strong.flatMap((r) => r.patterns).length, `${lexicon.language} ${category}`).toBeGreaterThan(0);
      }
    }
  });

  it('are written in plain lower case without apostrophes, and every word class is used', () => {
    for (const lexicon of LEXICONS) {
      const patterns = [...lexicon.rules.flatMap((r) => r.patterns), ...lexicon.safe, ...lexicon.soften];
      for (const p of patterns) {
        expect(p, `${lexicon.language}: ${p}`).not.toMatch(/[A-Z'’]/);
        expect(p.trim().length).toBeGreaterThan(0);
      }
      const everything = [...patterns, ...Object.values(lexicon.classes)].join(' ');
      for (const name of Object.keys(lexicon.classes)) {
        expect(everything, `${lexicon.language} class $${name}`).toMatch(new RegExp(`\\$${name}(?![a-z])`));
      }
    }
  });
});

describe('Welsh mutations', () => {
  it.each<[string, string[]]>([
    ['brifo', ['frifo', 'mrifo']],
    ['taro', ['daro', 'nharo', 'tharo']],
    ['curo', ['guro', 'nghuro', 'churo']],
    ['lladd', ['ladd']],
    ['camdrin', ['gamdrin', 'nghamdrin', 'chamdrin']],
    ['gwthio', ['wthio', 'ngwthio']],
    ['diogel', ['ddiogel', 'niogel']],
    ['marw', ['farw']],
  ])('%s is also %j', (radical, forms) => {
    expect(welshMutations(radical)).toEqual(expect.arrayContaining([radical, ...forms]));
  });
  it('leaves short words that would become other words alone', () => {
    expect(welshMutations('un')).toEqual(['un']);
    expect(welshMutations('gan')).not.toContain('an');
  });
});

describe('safety lexicons (behaviour)', () => {
  it.each<[string, SafetyCategory]>([
    ['my foster dad hits me', 'physical-harm'],
    ["mae e'n fy nharo i", 'physical-harm'],
    ['زوج امي يضربني', 'physical-harm'],
    ['he touches me at night', 'sexual-harm'],
    ["mae e'n fy nghyffwrdd i", 'sexual-harm'],
    ['يتحرش بي', 'sexual-harm'],
    ['i cut myself', 'self-harm'],
    ["dw i'n niweidio fy hun", 'self-harm'],
    ['أؤذي نفسي', 'self-harm'],
    ['i want to die', 'suicide'],
    ['dw i eisiau marw', 'suicide'],
    ['بدي موت', 'suicide'],
    ['there is no food at home', 'neglect'],
    ['does dim bwyd yn y tŷ', 'neglect'],
    ['ما في اكل في البيت', 'neglect'],
    ['im running away tonight', 'running-away'],
    ["dw i'n mynd i redeg i ffwrdd", 'running-away'],
    ['راح اهرب من البيت', 'running-away'],
    ['they make me sell drugs', 'criminal-exploitation'],
    ["maen nhw'n gwneud i fi werthu cyffuriau", 'criminal-exploitation'],
    ['يجبروني ابيع مخدرات', 'criminal-exploitation'],
    ['i dont feel safe at home', 'feeling-unsafe'],
    ['dw i ddim yn ddiogel', 'feeling-unsafe'],
    ['لا أشعر بالأمان', 'feeling-unsafe'],
  ])('"%s" is %s', (text, category) => {
    const r = assessText(text);
    expect(r.disclosure).toBe(true);
    expect(r.categories).toContain(category);
  });

  it.each([
    "I'm dying to go to the beach",
    'this homework is killing me',
    'hit me up later',
    'my mate beat me at fifa',
    'keep in touch',
    'i want to cut my hair',
    'i hurt myself playing football',
    'escape rooms are fun',
    'بموت من الضحك',
    'جدول الضرب صعب',
    'mae fy mhen yn brifo',
    'Dim mwy o gyfarfodydd hir',
  ])('a safe phrase keeps "%s" from being flagged', (text) => {
    expect(assessText(text).disclosure).toBe(false);
  });

  it('treats a denial of violence as a doubt for a moderator, not a disclosure', () => {
    const r = assessText('my carers never hit me');
    expect(r.disclosure).toBe(false);
    expect(r.doubt).toBe('possible');
  });
});
