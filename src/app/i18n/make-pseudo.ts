// Makes locales/pseudo/*.json from English: accented, longer, bracketed, so untranslated or clipped text shows.
// Run: npx tsx src/app/i18n/make-pseudo.ts
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

const ACCENTS: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', A: 'Á', E: 'É', I: 'Í', O: 'Ó', U: 'Ú', c: 'ç', n: 'ñ' };

export function pseudoText(s: string): string {
  // Keep {{placeholders}}, $t(...) nestings and <tags> as they are.
  const parts = s.split(/(\{\{[^}]+\}\}|\$t\([^)]*\)|<[^>]+>)/g);
  const body = parts.map((p, i) => (i % 2 === 1 ? p : p.replace(/[aeiouAEIOUcn]/g, (ch) => ACCENTS[ch] ?? ch))).join('');
  const pad = '~'.repeat(Math.ceil(s.length * 0.3));
  return `[${body}${pad}]`;
}

export function pseudoTree(value: unknown): unknown {
  if (typeof value === 'string') return pseudoText(value);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudoTree(v)]));
  }
  return value;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const root = path.resolve('locales');
  mkdirSync(path.join(root, 'pseudo'), { recursive: true });
  for (const file of readdirSync(path.join(root, 'en'))) {
    const en = JSON.parse(readFileSync(path.join(root, 'en', file), 'utf8')) as unknown;
    writeFileSync(path.join(root, 'pseudo', file), JSON.stringify(pseudoTree(en), null, 2) + '\n');
  }
  console.log('locales/pseudo written');
}
