// Reads the app's own locale files so browser tests find things by the words a young person sees, in any language.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
type Tree = { [key: string]: string | Tree };
const cache = new Map<string, Tree>();

function load(lng: string, ns: string): Tree {
  const key = `${lng}/${ns}`;
  let tree = cache.get(key);
  if (!tree) {
    tree = JSON.parse(readFileSync(path.join(ROOT, 'locales', lng, `${ns}.json`), 'utf8')) as Tree;
    cache.set(key, tree);
  }
  return tree;
}

function lookup(tree: Tree, dotted: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of dotted.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** `text('ar', 'common:status.notSent', { count: 1 })`, with i18next's plural suffixes and `{{…}}` values. */
export function text(lng: string, key: string, values: Record<string, string | number> = {}): string {
  const [ns, dotted] = key.split(':') as [string, string];
  const tree = load(lng, ns);
  let found: string | undefined;
  if (typeof values.count === 'number') {
    const form = new Intl.PluralRules(lng).select(values.count);
    found = lookup(tree, `${dotted}_${form}`) ?? lookup(tree, `${dotted}_other`);
  }
  found ??= lookup(tree, dotted) ?? (lng === 'en' ? undefined : lookup(load('en', ns), dotted));
  if (found === undefined) throw new Error(`no text for ${lng} ${key}`);
  return found.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`));
}
