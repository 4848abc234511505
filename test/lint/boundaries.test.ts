// The boundary rule must keep rejecting what it exists to reject: each fixture under test/lint/fixtures/src breaks one
// rule (and says so in its first line), linted here with the real ESLint config (the normal run ignores the fixtures).
// If the rule is switched off, loosened or stops resolving paths, this fails.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { boundaryFindings, ROOT, RULE } from './boundary-violations';

const FIXTURES = 'test/lint/fixtures';

const msg = {
  features: (from: string, target: string, to: string) =>
    `Features never import each other: feature '${from}' imports \`${target}\` from feature '${to}'. Move what both need to a kit, or pass it in through the feature list.`,
  outside: (side: 'app' | 'server', target: string) =>
    `Only src/${side}/features/index.ts imports from a feature folder, not this file (\`${target}\`): import the list, or move the thing to a kit.`,
  kit: (kit: string, target: string) => `The ${kit} kit knows no domain and imports no feature (\`${target}\`).`,
  composition: (target: string) => `This file builds from the feature list: it may import src/server/features/index.ts only, not \`${target}\`.`,
  screenStorage: (target: string) =>
    `Screens and the shell never import storage (\`${target}\`): read and write through the feature data/ folder or a kit (my-items, council).`,
  model: (target: string) => `A model is pure: it imports no storage, api, React or i18n (\`${target}\`).`,
  fetch: (name: string) => `Only src/app/api (and the service worker) talks to the server, not \`${name}\` here: call the api request function.`,
  dexie: (name: string) => `Only src/app/storage imports \`${name}\`.`,
  appServer: (target: string) => `The app never imports server code (\`${target}\`).`,
  shared: (target: string) => `src/shared imports nothing from app/ or server/ (\`${target}\`).`,
  serverApp: (target: string) => `The server never imports app code (\`${target}\`).`,
};

const A = 'src/app/features/a';
/** [fixture file, line, message]: every boundary error the fixtures must produce, and no others. */
const EXPECTED: [string, number, string][] = [
  // app: a feature never imports another (import, a path through its own folder, import(), export … from, export *,
  // typeof import(), import = require())
  [`${A}/components/x.tsx`, 2, msg.features('a', 'src/app/features/b/data/y.ts', 'b')],
  [`${A}/components/x.tsx`, 3, msg.features('a', 'src/app/features/b/data/y.ts', 'b')],
  [`${A}/components/lazy.tsx`, 4, msg.features('a', 'src/app/features/b/components/page.tsx', 'b')],
  [`${A}/data/reexport.ts`, 2, msg.features('a', 'src/app/features/b/data/y.ts', 'b')],
  [`${A}/data/reexport.ts`, 3, msg.features('a', 'src/app/features/b/data/y.ts', 'b')],
  [`${A}/data/type-only.ts`, 2, msg.features('a', 'src/app/features/b/data/y.ts', 'b')],
  [`${A}/data/type-only.ts`, 3, msg.features('a', 'src/app/features/b/data/y.ts', 'b')],
  // app: screens and the shell never import storage; the shell imports the list, not a manifest
  [`${A}/staff/list-page.tsx`, 2, msg.screenStorage('src/app/storage/db.ts')],
  ['src/app/shell/frame.tsx', 2, msg.outside('app', `${A}/manifest.ts`)],
  ['src/app/shell/frame.tsx', 3, msg.screenStorage('src/app/storage/live.ts')],
  // app: fetch by every name, outside api/
  [`${A}/components/fetcher.tsx`, 3, msg.fetch('window.fetch')],
  [`${A}/components/fetcher.tsx`, 3, msg.fetch('globalThis.fetch')],
  [`${A}/components/fetcher.tsx`, 3, msg.fetch('self.fetch')],
  [`${A}/components/fetcher.tsx`, 3, msg.fetch('window.fetch')],
  [`${A}/data/fetch-plain.ts`, 2, msg.fetch('fetch')],
  [`${A}/data/fetch-plain.ts`, 3, msg.fetch('fetch')],
  // app: a model is pure
  [`${A}/model/impure.ts`, 2, msg.model('react')],
  [`${A}/model/impure.ts`, 3, msg.model('i18next')],
  [`${A}/model/impure.ts`, 4, msg.model('src/app/api/request.ts')],
  [`${A}/model/impure.ts`, 5, msg.model('src/app/i18n/i18n.ts')],
  [`${A}/model/impure.ts`, 6, msg.model('src/app/storage/db.ts')],
  // app: only storage imports dexie; the app never imports the server; kits import no feature, not even the list
  [`${A}/data/dexie.ts`, 2, msg.dexie('dexie')],
  [`${A}/data/dexie.ts`, 3, msg.dexie('dexie-react-hooks')],
  [`${A}/data/server.ts`, 2, msg.appServer('src/server/lib/helper.ts')],
  ['src/app/ui/widget.tsx', 2, msg.kit('ui', `${A}/components/clean.tsx`)],
  ['src/app/sync/engine.ts', 2, msg.kit('sync', 'src/app/features/index.ts')],
  // shared imports neither side
  ['src/shared/bad.ts', 2, msg.shared('src/app/api/request.ts')],
  ['src/shared/bad.ts', 3, msg.shared('src/server/lib/helper.ts')],
  // server: features never import each other; kits import no feature; composition files import the list only
  ['src/server/features/p/routes.ts', 2, msg.features('p', 'src/server/features/q/service.ts', 'q')],
  ['src/server/features/p/routes.ts', 4, msg.features('p', 'src/server/features/q/feature.ts', 'q')],
  ['src/server/features/p/app-import.ts', 2, msg.serverApp('src/app/api/request.ts')],
  ['src/server/sync/registry.ts', 3, msg.composition('src/server/features/p/sync.ts')],
  ['src/server/lib/registry-of-my-own.ts', 2, msg.kit('lib', 'src/server/features/index.ts')],
  ['src/server/db/seed-thing.ts', 2, msg.kit('db', 'src/server/features/p/service.ts')],
  ['src/server/cli/tool.ts', 2, msg.outside('server', 'src/server/features/q/service.ts')],
];

/** Fixtures that follow every rule: no message at all, from any rule. */
const CLEAN = [
  'src/app/features/index.ts',
  `${A}/manifest.ts`,
  `${A}/components/clean.tsx`,
  `${A}/data/things.ts`,
  `${A}/model/thing.ts`,
  'src/app/ui/box.tsx',
  'src/app/shell/nav.tsx',
  'src/app/storage/db.ts',
  'src/app/api/request.ts',
  'src/shared/words.ts',
  'src/server/features/index.ts',
  'src/server/features/p/feature.ts',
  'src/server/routes.ts',
];

const relative = (filePath: string) => path.relative(path.join(ROOT, FIXTURES), filePath).split(path.sep).join('/');

async function lintFixtures(): Promise<ESLint.LintResult[]> {
  // The real config (eslint.config.js), with ignores off so the fixture tree is linted.
  const eslint = new ESLint({ cwd: ROOT, ignore: false });
  return eslint.lintFiles([FIXTURES]);
}

describe('the boundary lint', () => {
  it('rejects every fixture that breaks a rule, with the rule id and message, and nothing else', async () => {
    const results = await lintFixtures();
    expect(results.length).toBeGreaterThan(30);
    const fatal = results.flatMap((r) => r.messages.filter((m) => m.fatal).map((m) => `${relative(r.filePath)}: ${m.message}`));
    expect(fatal).toEqual([]);
    const found = results
      .flatMap((r) => r.messages.filter((m) => m.ruleId === RULE).map((m): [string, number, string] => [relative(r.filePath), m.line, m.message]))
      .sort((x, y) => x.join('\0').localeCompare(y.join('\0')));
    const expected = [...EXPECTED].sort((x, y) => x.join('\0').localeCompare(y.join('\0')));
    expect(found).toEqual(expected);
  }, 120_000);

  it('passes the fixtures that follow the rules, with no message from any rule', async () => {
    const results = await lintFixtures();
    const byFile = new Map(results.map((r) => [relative(r.filePath), r.messages.map((m) => `${m.line}: ${m.ruleId ?? ''} ${m.message}`)]));
    for (const file of CLEAN) expect({ file, messages: byFile.get(file) }).toEqual({ file, messages: [] });
  }, 120_000);

  it('lists only violations that still exist in src, and none besides them', async () => {
    const config = (await import(pathToFileURL(path.join(ROOT, 'eslint.config.js')).href)) as { KNOWN_BOUNDARY_VIOLATIONS: string[] };
    const known = config.KNOWN_BOUNDARY_VIOLATIONS;
    const actual = new Set((await boundaryFindings(['src'], { allow: [] })).map((f) => f.key));
    // An entry whose import is gone must leave the list (it only shrinks), and nothing unlisted may break a rule.
    expect(known.filter((entry) => !actual.has(entry))).toEqual([]);
    expect([...actual].filter((key) => !known.includes(key))).toEqual([]);
  }, 180_000);
});
