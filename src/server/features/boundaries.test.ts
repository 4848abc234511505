// The server's boundaries, read from the source: a domain never imports another domain (paths resolved, not matched
// as strings), and its SQL names only the tables it owns (each table has one owner: a domain's `tables`, or a kit).
// The checks are run first on small fixtures that break each rule, so this file cannot quietly pass.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SERVER_FEATURES } from './index';

const FEATURES_DIR = path.dirname(fileURLToPath(import.meta.url));
const TABLES_DIR = path.resolve(FEATURES_DIR, '../db/tables');

/** Tables owned by the kits below the domains; a domain reaches them through the kit's functions. */
const KIT_TABLES: Record<string, readonly string[]> = {
  'council core (src/server/council)': ['councils', 'districts', 'safety_terms', 'bank_holidays'],
  'auth (src/server/auth)': ['devices', 'staff', 'sessions', 'sign_in_throttle', 'staff_known_devices'],
  'sync (src/server/sync)': ['ops', 'anonymous_ops', 'change_log', 'council_seq', 'op_quotas'],
  'lib (src/server/lib: audit, rate limits)': ['audit_log', 'rate_limits'],
};

interface Violation {
  file: string;
  rule: 'imports-feature' | 'foreign-table';
  detail: string;
}

/** Every table of the Database type, from the `*Tables` interfaces in db/tables. */
function knownTables(): string[] {
  const names: string[] = [];
  for (const file of readdirSync(TABLES_DIR)) {
    const text = readFileSync(path.join(TABLES_DIR, file), 'utf8');
    for (const block of text.matchAll(/export interface \w+Tables \{([^}]*)\}/g)) {
      for (const m of block[1]!.matchAll(/^\s*(\w+):\s*\w+;/gm)) names.push(m[1]!);
    }
  }
  return names;
}

const IMPORT = /(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;

/** The feature a path under src/server/features belongs to (null for the list, types and ports beside them). */
function featureOfPath(file: string, featuresDir = FEATURES_DIR): string | null {
  const rel = path.relative(featuresDir, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  const parts = rel.split(path.sep);
  return parts.length > 1 ? parts[0]! : null;
}

function importViolations(file: string, source: string, featuresDir = FEATURES_DIR): Violation[] {
  const own = featureOfPath(file, featuresDir);
  const out: Violation[] = [];
  for (const m of source.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2] ?? m[3]!;
    if (!spec.startsWith('.')) continue;
    const target = featureOfPath(path.resolve(path.dirname(file), spec), featuresDir);
    if (target && target !== own) out.push({ file, rule: 'imports-feature', detail: `${spec} (feature ${target})` });
    if (!target && path.resolve(path.dirname(file), spec) === path.join(featuresDir, 'index')) {
      out.push({ file, rule: 'imports-feature', detail: `${spec} (the feature list)` });
    }
  }
  return out;
}

/** Table names in query builder calls and in raw `sql` text (from/join/into/update), with aliases stripped. */
function namedTables(source: string, known: ReadonlySet<string>): string[] {
  const names = new Set<string>();
  const builder =
    /\.(?:selectFrom|insertInto|updateTable|deleteFrom|innerJoin|leftJoin|rightJoin|fullJoin|with|replaceInto|mergeInto)\(\s*['"`]([a-z_][a-z0-9_]*)(?:\s+as\s+\w+)?['"`]/g;
  for (const m of source.matchAll(builder)) names.add(m[1]!);
  for (const m of source.matchAll(/sql\.table\(\s*['"`]([a-z_][a-z0-9_]*)['"`]/g)) names.add(m[1]!);
  for (const template of source.matchAll(/sql(?:<[^`]*?>)?`([^`]*)`/g)) {
    for (const m of template[1]!.matchAll(/\b(?:from|join|into|update|table)\s+"?([a-z_][a-z0-9_]*)"?/gi)) names.add(m[1]!);
  }
  return [...names].filter((n) => known.has(n));
}

function tableViolations(file: string, source: string, allowed: ReadonlySet<string>, known: ReadonlySet<string>): Violation[] {
  return namedTables(source, known)
    .filter((t) => !allowed.has(t))
    .map((t) => ({ file, rule: 'foreign-table' as const, detail: t }));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [p] : [];
  });
}

const featureDirs = readdirSync(FEATURES_DIR).filter((n) => statSync(path.join(FEATURES_DIR, n)).isDirectory());
const known = new Set(knownTables());

describe('the boundary checks themselves', () => {
  const fixtureDir = path.join(FEATURES_DIR, 'polls', 'service');
  const file = path.join(fixtureDir, 'fixture.ts');
  const tables = new Set(['polls', 'poll_options']);

  it('report an import of another feature, however the path is written', () => {
    const source = [
      "import { wallRoutes } from '../../wall/routes';",
      "import type { X } from '../../feed/./service/../service/items';",
      "export { y } from '../../safeguarding/sources';",
      "const lazy = () => import('../../wall/seed');",
      "import '../../feed/sync';",
      "import { SERVER_FEATURES } from '../../index';",
    ].join('\n');
    expect(importViolations(file, source).map((v) => v.detail)).toEqual([
      '../../wall/routes (feature wall)',
      '../../feed/./service/../service/items (feature feed)',
      '../../safeguarding/sources (feature safeguarding)',
      '../../wall/seed (feature wall)',
      '../../feed/sync (feature feed)',
      '../../index (the feature list)',
    ]);
  });

  it('let a feature import itself, the kits and the feature types', () => {
    const source = [
      "import { loadPolls } from './views';",
      "import { pollRoutes } from '../routes';",
      "import type { ServerFeature } from '../../types';",
      "import { audit } from '../../../lib/audit';",
      "import { z } from 'zod';",
    ].join('\n');
    expect(importViolations(file, source)).toEqual([]);
  });

  it('report every way of naming a table the feature does not own', () => {
    const source = [
      "db.selectFrom('wall_posts').selectAll();",
      "db.selectFrom('poll_options as o').innerJoin('themes as t', 't.id', 'o.id');",
      "db.selectFrom('polls').leftJoin('districts as d', 'd.id', 'polls.id').rightJoin('feed_items', 'a', 'b');",
      'trx.insertInto(\'safeguarding_actions\'); trx.updateTable("wall_prompts"); trx.deleteFrom(`theme_posts`);',
      "db.with('staff', (q) => q);",
      'sql`select 1 from change_log c join councils k on k.id = c.council_id`;',
      'sql<number>`case when exists (select 1 from feed_reactions r) then 0 else 1 end`;',
      "sql.table('devices');",
    ].join('\n');
    expect(
      tableViolations(file, source, tables, known)
        .map((v) => v.detail)
        .sort(),
    ).toEqual(
      [
        'wall_posts',
        'themes',
        'districts',
        'feed_items',
        'safeguarding_actions',
        'wall_prompts',
        'theme_posts',
        'staff',
        'change_log',
        'councils',
        'feed_reactions',
        'devices',
      ].sort(),
    );
  });

  it('let a feature name its own tables and words that are not tables', () => {
    const source = "db.selectFrom('polls').innerJoin('poll_options as o', 'o.poll_id', 'polls.id'); const s = 'select from here';";
    expect(tableViolations(file, source, tables, known)).toEqual([]);
  });
});

describe('server domains', () => {
  it('are each in the one list, under their folder name', () => {
    expect(SERVER_FEATURES.map((f) => f.name).sort()).toEqual([...featureDirs].sort());
  });

  it('own every table exactly once between them and the kits', () => {
    const owners = new Map<string, string[]>();
    const own = (table: string, owner: string) => owners.set(table, [...(owners.get(table) ?? []), owner]);
    for (const [kit, tables] of Object.entries(KIT_TABLES)) for (const t of tables) own(t, kit);
    for (const f of SERVER_FEATURES) for (const t of f.tables) own(t, f.name);
    expect([...owners.keys()].sort()).toEqual([...known].sort());
    expect([...owners].filter(([, by]) => by.length !== 1)).toEqual([]);
  });

  it.each(featureDirs)('%s imports no other feature', (name) => {
    const violations = sourceFiles(path.join(FEATURES_DIR, name)).flatMap((file) => importViolations(file, readFileSync(file, 'utf8')));
    expect(violations).toEqual([]);
  });

  it.each(featureDirs)('%s names only the tables it owns', (name) => {
    const feature = SERVER_FEATURES.find((f) => f.name === name);
    const allowed = new Set(feature?.tables ?? []);
    const violations = sourceFiles(path.join(FEATURES_DIR, name)).flatMap((file) =>
      tableViolations(file, readFileSync(file, 'utf8'), allowed, known),
    );
    expect(violations).toEqual([]);
  });
});
