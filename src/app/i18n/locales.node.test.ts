// Every key in English exists in every other language (and nothing extra), and pseudo is up to date.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pseudoTree } from './make-pseudo';

const root = path.resolve(__dirname, '../../../locales');
const read = (lng: string, file: string) => JSON.parse(readFileSync(path.join(root, lng, file), 'utf8')) as unknown;

function keys(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  }
  return [prefix];
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const LOCALE_OF: Record<string, string> = { en: 'en', cy: 'cy', ar: 'ar', pseudo: 'en' };

/** Plain keys, and each plural key's base with the forms this language has (Arabic and Welsh have six). */
function split(lng: string, tree: unknown) {
  const all = keys(tree);
  const plain = all.filter((k) => !PLURAL.test(k)).sort();
  const plurals = new Map<string, string[]>();
  for (const k of all.filter((k) => PLURAL.test(k))) {
    const base = k.replace(PLURAL, '');
    plurals.set(base, [...(plurals.get(base) ?? []), k.slice(base.length + 1)].sort());
  }
  const needed = [...new Intl.PluralRules(LOCALE_OF[lng]).resolvedOptions().pluralCategories].sort();
  return { plain, bases: [...plurals.keys()].sort(), plurals, needed };
}

describe('locales', () => {
  const files = readdirSync(path.join(root, 'en'));
  it('has namespaces', () => expect(files.length).toBeGreaterThan(0));
  for (const lng of ['cy', 'ar', 'pseudo']) {
    for (const file of files) {
      it(`${lng}/${file} has exactly the English keys, with every plural form the language needs`, () => {
        const en = split('en', read('en', file));
        const mine = split(lng, read(lng, file));
        expect(mine.plain).toEqual(en.plain);
        expect(mine.bases).toEqual(en.bases);
        for (const [base, forms] of mine.plurals) expect(forms, `${lng}/${file} ${base}`).toEqual(mine.needed);
      });
    }
  }
  for (const file of files) {
    it(`pseudo/${file} is generated from English (npx tsx src/app/i18n/make-pseudo.ts)`, () => {
      expect(read('pseudo', file)).toEqual(pseudoTree(read('en', file)));
    });
  }
});
