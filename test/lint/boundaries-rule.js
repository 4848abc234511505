// Heard's import boundaries as one ESLint rule, `heard/boundaries`.
//
// Every import is RESOLVED against the importing file (relative paths, `export … from`, `import()`, `import('…')`
// types), so `../../feed/…` from another feature is seen for what it is. Files are classified by where they sit under
// `src/` (the last `src` folder in the path, so the lint's own fixture tree under test/lint/fixtures/src is classified
// the same way), and the features are whatever folders `src/app/features/*` and `src/server/features/*` hold when the
// lint runs: there is no hand-kept list.
//
// The rules (see each message below):
//   app     a feature never imports another feature; outside the features only src/app/features/index.ts imports a
//           feature's folder, and the kits (ui, my-items, council, api, storage, i18n, sync) import no feature at all,
//           not even the list; components/, staff/ (screens) and shell/ never import storage/; a model/ imports no
//           storage, api, React or i18n; only api/ and sw/ use fetch (fetch, window.fetch, globalThis.fetch,
//           self.fetch); only storage/ imports dexie and dexie-react-hooks; the app never imports the server.
//   shared  imports neither app nor server.
//   server  a feature never imports another feature; only src/server/features/index.ts imports a feature's folder;
//           the kits (council, my-items, sync, lib, auth, db) import no feature, except the composition files that
//           build registries from the list (routes.ts, sync/registry.ts, db/seed.ts, app.ts), which may import the list
//           (features/index) only; the server never imports the app.
// Test files (*.test.ts, *.test.tsx) may seed storage and stub fetch, so they are held to the import-direction rules
// only (features, kits, app/server/shared).
//
// Options: { allow: ['src/app/shell/app.tsx -> src/app/storage/db.ts', 'src/app/x.ts -> window.fetch', …] }, known
// violations to let through while files are being moved: `<file> -> <target>`, paths from the folder holding src/, the
// target as the message shows it in backticks (a resolved file, a package, or fetch/window.fetch/…). Meant to be empty.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const APP_KITS = new Set(['ui', 'my-items', 'council', 'api', 'storage', 'i18n', 'sync']);
const SERVER_KITS = new Set(['council', 'my-items', 'sync', 'lib', 'auth', 'db']);
/** Server files that build registries from the feature list, and so may import features/index. */
const SERVER_COMPOSITION = new Set(['server/routes.ts', 'server/sync/registry.ts', 'server/db/seed.ts', 'server/app.ts']);
const REACT_PACKAGES = new Set(['react', 'react-dom', 'react-i18next', 'dexie-react-hooks']);
const I18N_PACKAGES = new Set(['i18next', 'react-i18next']);
const DEXIE_PACKAGES = new Set(['dexie', 'dexie-react-hooks']);
const FETCH_OWNERS = new Set(['window', 'globalThis', 'self']);
const EXTENSIONS = ['.ts', '.tsx', '.d.ts', '.js', '.jsx', '.mjs', '.json'];

// Each message names what it refers to once, in backticks: `<file> -> <that>` is the allowlist entry.
const MESSAGES = {
  featureToFeature:
    "Features never import each other: feature '{{from}}' imports `{{target}}` from feature '{{to}}'. Move what both need to a kit, or pass it in through the feature list.",
  outsideToFeature: 'Only {{list}} imports from a feature folder, not this file (`{{target}}`): import the list, or move the thing to a kit.',
  kitToFeature: 'The {{kit}} kit knows no domain and imports no feature (`{{target}}`).',
  compositionToFeature: 'This file builds from the feature list: it may import {{list}} only, not `{{target}}`.',
  screenToStorage:
    'Screens and the shell never import storage (`{{target}}`): read and write through the feature data/ folder or a kit (my-items, council).',
  modelImpure: 'A model is pure: it imports no storage, api, React or i18n (`{{target}}`).',
  fetchOutsideApi: 'Only src/app/api (and the service worker) talks to the server, not `{{target}}` here: call the api request function.',
  dexieOutsideStorage: 'Only src/app/storage imports `{{target}}`.',
  appToServer: 'The app never imports server code (`{{target}}`).',
  sharedToSide: 'src/shared imports nothing from app/ or server/ (`{{target}}`).',
  serverToApp: 'The server never imports app code (`{{target}}`).',
};

/** The folder names directly under `dir` (the features, read at lint time). */
function folders(dir) {
  try {
    return new Set(
      readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name),
    );
  } catch {
    return new Set();
  }
}

/** The folder that holds `src/` for this file (the repository, or a fixture tree), or undefined outside any src. */
function projectRootOf(file) {
  const parts = file.split(path.sep);
  const at = parts.lastIndexOf('src');
  if (at < 0) return undefined;
  return parts.slice(0, at).join(path.sep) || path.sep;
}

/**
 * Where a file sits: side (app, server, shared), the area under the side, the feature (when in a feature folder) and
 * what part of the feature, and whether it is a model or a test.
 */
function classify(file, root) {
  const rel = path.relative(path.join(root, 'src'), file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  const seg = rel.split(path.sep);
  const side = seg[0];
  if (side !== 'app' && side !== 'server' && side !== 'shared') return { side: 'other', rel: seg.join('/'), seg };
  const info = { side, rel: seg.join('/'), seg, area: seg.length > 2 ? seg[1] : undefined, feature: undefined, part: undefined };
  if ((side === 'app' || side === 'server') && seg[1] === 'features' && seg.length > 3) {
    const known = folders(path.join(root, 'src', side, 'features'));
    if (known.has(seg[2])) {
      info.feature = seg[2];
      info.part = seg[3];
    }
  }
  // The feature list itself: src/<side>/features/index.ts (or index.tsx).
  info.isList = seg[1] === 'features' && seg.length === 3 && /^index\.tsx?$/.test(seg[2]);
  info.inFeaturesTop = seg[1] === 'features' && seg.length === 3;
  info.isModel = side === 'app' && seg.slice(1, -1).includes('model');
  info.isScreen = side === 'app' && (seg[1] === 'shell' || (info.feature !== undefined && (info.part === 'components' || info.part === 'staff')));
  return info;
}

/** The file an import specifier means, tried the way TypeScript's bundler resolution would. */
function resolveFile(fromFile, specifier) {
  const base = path.resolve(path.dirname(fromFile), specifier);
  const candidates = [base];
  const ext = path.extname(base);
  if (ext === '.js' || ext === '.jsx' || ext === '.mjs') {
    const stem = base.slice(0, -ext.length);
    candidates.push(`${stem}.ts`, `${stem}.tsx`);
  }
  for (const e of EXTENSIONS) candidates.push(base + e);
  for (const e of EXTENSIONS) candidates.push(path.join(base, `index${e}`));
  for (const c of candidates) {
    try {
      if (existsSync(c) && statSync(c).isFile()) return c;
    } catch {
      // unreadable: try the next one
    }
  }
  return base;
}

function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** @type {import('eslint').Rule.RuleModule} */
const boundaries = {
  meta: {
    type: 'problem',
    docs: { description: "Heard's import boundaries, on resolved paths, with the features read from the folder listing." },
    schema: [
      {
        type: 'object',
        properties: { allow: { type: 'array', items: { type: 'string' }, uniqueItems: true } },
        additionalProperties: false,
      },
    ],
    messages: MESSAGES,
  },
  create(context) {
    const file = context.physicalFilename ?? context.filename;
    const root = projectRootOf(file);
    if (!root) return {};
    const from = classify(file, root);
    if (!from || from.side === 'other') return {};
    const allow = new Set((context.options[0]?.allow ?? []).map((entry) => entry.replace(/\s+->\s+/, ' -> ').trim()));
    const isTest = /\.test\.tsx?$/.test(file);
    const fromRel = `src/${from.rel}`;

    function report(node, messageId, target, data = {}) {
      if (allow.has(`${fromRel} -> ${target}`)) return;
      context.report({ node, messageId, data: { target, ...data } });
    }

    function checkPackage(node, specifier) {
      const name = packageName(specifier);
      if (DEXIE_PACKAGES.has(name) && !(from.side === 'app' && from.area === 'storage')) {
        report(node, 'dexieOutsideStorage', name);
        return;
      }
      if (from.isModel && !isTest && (REACT_PACKAGES.has(name) || I18N_PACKAGES.has(name))) report(node, 'modelImpure', name);
    }

    function checkApp(node, to, target) {
      if (to.side === 'server') return report(node, 'appToServer', target);
      if (to.side !== 'app') return;
      if (to.feature !== undefined) {
        if (from.feature !== undefined) {
          if (from.feature !== to.feature) report(node, 'featureToFeature', target, { from: from.feature, to: to.feature });
        } else if (APP_KITS.has(from.area)) {
          report(node, 'kitToFeature', target, { kit: from.area });
        } else if (!from.isList && !(isTest && from.area === 'shell')) {
          // A test of the shell may render a real feature screen through the list's sections.
          report(node, 'outsideToFeature', target, { list: 'src/app/features/index.ts' });
        }
      } else if (to.isList && APP_KITS.has(from.area) && from.feature === undefined) {
        report(node, 'kitToFeature', target, { kit: from.area });
      }
      if (isTest) return;
      // The row shapes (storage/rows.ts) are types with no code: a type-only import of them reads nothing.
      const typeOnlyRows = to.rel === 'app/storage/rows.ts' && (node.parent?.importKind === 'type' || node.parent?.exportKind === 'type');
      if (to.area === 'storage' && from.area !== 'storage' && !typeOnlyRows) {
        if (from.isModel) report(node, 'modelImpure', target);
        else if (from.isScreen) report(node, 'screenToStorage', target);
      }
      if (from.isModel && (to.area === 'api' || to.area === 'i18n')) report(node, 'modelImpure', target);
    }

    function checkServer(node, to, target) {
      if (to.side === 'app') return report(node, 'serverToApp', target);
      if (to.side !== 'server') return;
      if (to.feature !== undefined) {
        if (from.feature !== undefined) {
          if (from.feature !== to.feature) report(node, 'featureToFeature', target, { from: from.feature, to: to.feature });
        } else if (SERVER_COMPOSITION.has(from.rel)) {
          report(node, 'compositionToFeature', target, { list: 'src/server/features/index.ts' });
        } else if (SERVER_KITS.has(from.area)) {
          report(node, 'kitToFeature', target, { kit: from.area });
        } else if (!from.isList) {
          report(node, 'outsideToFeature', target, { list: 'src/server/features/index.ts' });
        }
      } else if (to.isList && SERVER_KITS.has(from.area) && !SERVER_COMPOSITION.has(from.rel)) {
        report(node, 'kitToFeature', target, { kit: from.area });
      }
    }

    function check(node, specifier) {
      if (typeof specifier !== 'string' || specifier.length === 0) return;
      if (!specifier.startsWith('.') && !specifier.startsWith('/')) return checkPackage(node, specifier);
      const resolved = resolveFile(file, specifier);
      const to = classify(resolved, root);
      const target = to ? `src/${to.rel}` : path.relative(root, resolved).split(path.sep).join('/');
      if (!to) {
        // Outside src/ (locales, test helpers): only the sides' own separation applies, and it does not reach here.
        return;
      }
      if (from.side === 'shared') {
        if (to.side === 'app' || to.side === 'server') report(node, 'sharedToSide', target);
        return;
      }
      if (from.side === 'app') return checkApp(node, to, target);
      if (from.side === 'server') return checkServer(node, to, target);
    }

    function literal(node) {
      if (!node) return undefined;
      if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
      if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined;
      if (node.type === 'TSLiteralType') return literal(node.literal);
      return undefined;
    }

    const fetchAllowed = isTest || from.side === 'server' || (from.side === 'app' && (from.area === 'api' || from.area === 'sw'));

    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => check(node.source, literal(node.source)),
      TSImportType: (node) => check(node, literal(node.argument)),
      TSExternalModuleReference: (node) => check(node.expression, literal(node.expression)),
      MemberExpression(node) {
        if (fetchAllowed) return;
        const object = node.object;
        const name = node.computed ? literal(node.property) : node.property.type === 'Identifier' ? node.property.name : undefined;
        if (name !== 'fetch' || object.type !== 'Identifier' || !FETCH_OWNERS.has(object.name)) return;
        // Only the real global (not a local variable called window or self).
        const scope = context.sourceCode.getScope(node);
        let s = scope;
        while (s) {
          if (s.set.has(object.name) && s.type !== 'global') return;
          s = s.upper;
        }
        report(node, 'fetchOutsideApi', `${object.name}.fetch`);
      },
      'Program:exit'(program) {
        if (fetchAllowed) return;
        const global = context.sourceCode.getScope(program);
        const through = [...global.through];
        const variable = global.set.get('fetch');
        if (variable) through.push(...variable.references);
        for (const ref of through) {
          if (ref.identifier.name === 'fetch') report(ref.identifier, 'fetchOutsideApi', 'fetch');
        }
      },
    };
  },
};

export default { meta: { name: 'heard' }, rules: { boundaries } };
