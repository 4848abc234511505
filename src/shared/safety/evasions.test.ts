// Every English disclosure the check catches is rewritten with each trick young people use to get past filters
// (invisible characters inside words, joiners, look-alike letters, leetspeak, stretched letters, spacing) and must
// still be caught.
import { describe, expect, it } from 'vitest';
import { assessText } from './assess-text';
import { TUNED_CORPUS } from './corpus';

const CYRILLIC: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і', s: 'ѕ', h: 'һ', j: 'ј' };
const LEET: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const shift = (ch: string, lower: number, upper: number) =>
  /[a-z]/.test(ch)
    ? String.fromCodePoint(lower + ch.charCodeAt(0) - 97)
    : /[A-Z]/.test(ch)
      ? String.fromCodePoint(upper + ch.charCodeAt(0) - 65)
      : ch;
const map = (f: (ch: string) => string) => (s: string) => Array.from(s, f).join('');
const insideWords = (sep: string) => (s: string) =>
  s
    .split(' ')
    .map((w) => Array.from(w).join(sep))
    .join(' ');

const TRICKS: Record<string, { rewrite: (s: string) => string; atLeast: number }> = {
  'zero-width space': { rewrite: insideWords('\u200b'), atLeast: 1 },
  'soft hyphen': { rewrite: insideWords('\u00ad'), atLeast: 1 },
  'word joiner': { rewrite: insideWords('\u2060'), atLeast: 1 },
  'zero-width joiner': { rewrite: insideWords('\u200d'), atLeast: 1 },
  'hyphens between letters': { rewrite: insideWords('-'), atLeast: 0.99 },
  'underscores between letters': { rewrite: insideWords('_'), atLeast: 0.99 },
  'dots between letters': { rewrite: insideWords('.'), atLeast: 0.99 },
  'Cyrillic look-alikes': { rewrite: map((ch) => CYRILLIC[ch] ?? ch), atLeast: 1 },
  fullwidth: { rewrite: map((ch) => shift(ch, 0xff41, 0xff21)), atLeast: 1 },
  'mathematical bold': { rewrite: map((ch) => shift(ch, 0x1d41a, 0x1d400)), atLeast: 1 },
  'capital letters': { rewrite: (s) => s.toUpperCase(), atLeast: 1 },
  'stretched vowels': { rewrite: (s) => s.replace(/([aeiou])/g, '$1$1$1'), atLeast: 0.98 },
  leetspeak: { rewrite: map((ch) => LEET[ch] ?? ch), atLeast: 0.85 },
  'every letter spaced out': { rewrite: (s) => Array.from(s.replace(/ /g, '')).join(' '), atLeast: 0.85 },
};

const caught = TUNED_CORPUS.filter((e) => e.language === 'en' && e.category !== null && /^[a-z' ]+$/i.test(e.text) && assessText(e.text).disclosure);

describe('safety check against evasions', { timeout: 120_000 }, () => {
  it.each(Object.entries(TRICKS))('still catches disclosures written with %s', (_name, { rewrite, atLeast }) => {
    const missed = caught.filter((e) => !assessText(rewrite(e.text)).disclosure).map((e) => e.text);
    expect(caught.length).toBeGreaterThan(300);
    expect(1 - missed.length / caught.length, missed.slice(0, 10).join(' | ')).toBeGreaterThanOrEqual(atLeast);
  });
});

const caughtIn = (language: 'cy' | 'ar') =>
  TUNED_CORPUS.filter((e) => e.language === language && e.category !== null && assessText(e.text).disclosure);
const HARAKAT = ['\u064e', '\u064f', '\u0650', '\u0652', '\u0651'];

describe('safety check against evasions in Arabic and Welsh', { timeout: 120_000 }, () => {
  it.each<[string, 'cy' | 'ar', (s: string) => string]>([
    [
      'tatweel inside every Arabic word',
      'ar',
      (s) =>
        s
          .split(' ')
          .map((w) => Array.from(w).join('\u0640'))
          .join(' '),
    ],
    [
      'diacritics on every Arabic letter',
      'ar',
      (s) =>
        Array.from(s)
          .map((ch, i) => (/[\u0621-\u064a]/.test(ch) ? ch + HARAKAT[i % 5] : ch))
          .join(''),
    ],
    ['hamza on every alef', 'ar', (s) => s.replace(/ا/g, 'أ')],
    ['zero-width spaces in Arabic', 'ar', insideWords('\u200b')],
    ['zero-width spaces in Welsh', 'cy', insideWords('\u200b')],
    ['fullwidth Welsh', 'cy', map((ch) => shift(ch, 0xff41, 0xff21))],
  ])('still catches disclosures written with %s', (_name, language, rewrite) => {
    const entries = caughtIn(language);
    expect(entries.length).toBeGreaterThan(100);
    expect(entries.filter((e) => !assessText(rewrite(e.text)).disclosure).map((e) => e.text)).toEqual([]);
  });
});
