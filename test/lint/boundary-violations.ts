// Runs only the boundary rule, with the real ESLint config, and answers its findings as allowlist entries
// (`<file> -> <target>`). `npx tsx test/lint/boundary-violations.ts` prints today's violations without the allowlist.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const RULE = 'heard/boundaries';

export interface Finding {
  /** The linted file, relative to the folder holding its src/. */
  file: string;
  line: number;
  message: string;
  /** `<file> -> <target>`, as the allowlist spells it. */
  key: string;
}

/**
 * Lints `patterns` (from the repository root) with the real config and only the boundary rule. `allow` replaces the
 * configured allowlist when given; `ignore: false` also lints the fixture tree the normal run ignores.
 */
export async function boundaryFindings(patterns: string[], options: { allow?: string[]; ignore?: boolean } = {}): Promise<Finding[]> {
  const eslint = new ESLint({
    cwd: ROOT,
    ignore: options.ignore ?? true,
    ruleFilter: ({ ruleId }) => ruleId === RULE,
    ...(options.allow ? { overrideConfig: { files: ['**/src/**/*.{ts,tsx}'], rules: { [RULE]: ['error', { allow: options.allow }] } } } : {}),
  });
  const results = await eslint.lintFiles(patterns);
  const findings: Finding[] = [];
  for (const result of results) {
    const parts = result.filePath.split(path.sep);
    const file = parts.slice(parts.lastIndexOf('src')).join('/');
    for (const m of result.messages) {
      if (m.ruleId !== RULE) throw new Error(`${file}:${m.line}: ${m.ruleId ?? 'parse error'}: ${m.message}`);
      const target = /`([^`]+)`/.exec(m.message)?.[1] ?? '?';
      findings.push({ file, line: m.line, message: m.message, key: `${file} -> ${target}` });
    }
  }
  return findings.sort((a, b) => a.key.localeCompare(b.key) || a.line - b.line);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const findings = await boundaryFindings(['src'], { allow: [] });
  for (const key of new Set(findings.map((f) => f.key))) console.log(`  '${key}',`);
  console.error(`${findings.length} boundary violations without the allowlist`);
}
