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

describe('locales', () => {
  const files = readdirSync(path.join(root, 'en'));
  it('has namespaces', () => expect(files.length).toBeGreaterThan(0));
  for (const lng of ['cy', 'ar', 'pseudo']) {
    for (const file of files) {
      it(`${lng}/${file} has exactly the English keys`, () => {
        expect(keys(read(lng, file)).sort()).toEqual(keys(read('en', file)).sort());
      });
    }
  }
  for (const file of files) {
    it(`pseudo/${file} is generated from English (npx tsx src/app/i18n/make-pseudo.ts)`, () => {
      expect(read('pseudo', file)).toEqual(pseudoTree(read('en', file)));
    });
  }
});
