// Every code the server can send has words in every language: the codes are read from the server's own source (each
// HttpError, badRequest, conflict and error answer, and every op rejection code), so a new code without words fails
// here until it has `refusal.<code>` in locales/*/common.json, or is marked as answered to staff only.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REJECT_CODES } from '../../shared/protocol';
import { WORDED_CODES, refusalKey } from './refusal';

const repo = path.resolve(__dirname, '../../..');

/** Codes only staff routes answer; the staff screens show the server's message (staff read English). */
const STAFF_ONLY_CODES = new Set([
  'csrf',
  'email-taken',
  'own-account',
  'own-admin',
  'last-admin',
  'own-password',
  'wrong-sign-in',
  'wrong-password',
  'unknown-district',
  'duplicate-district',
  'district-in-use',
  'too-many-districts',
  'not-in-queue',
  'already-exists',
  'published',
  'already-published',
  'draft',
  'safeguarding',
  'withdrawn',
  'confirm-doubt',
  'already-adopted',
  'personal-details',
  'no-phone',
  'sealed-key-unknown',
  'sealed-unreadable',
  'unknown-survey',
  'invalid-survey',
  'item-retired',
  'nothing-to-publish',
  'survey-unchanged',
  'survey-version-taken',
  'unknown-round',
  'unknown-question',
  'unknown-staff',
  'request-closed',
  'id-used',
  'not-current-stage',
  'no-such-stage',
  'already-answered',
  'clock-stopped',
  'clock-running',
  'clock-overdue',
  'no-panel-stage',
  'date-in-future',
  'date-before-stage',
  'panel-first',
  'date-before-panel',
  'timescales-outside-rules',
  'bank-holidays-dropped',
  'mail-not-set-up',
  'mail-failed',
  'mail-password-unreadable',
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [file] : [];
  });
}

const PATTERNS = [
  /new HttpError\(\s*\d{3},\s*'([a-z-]+)'/g,
  /\b(?:badRequest|conflict)\(\s*'([a-z-]+)'/g,
  /\bstatus(?::\s*(?:\d{3}|'rejected'))?,\s*code:\s*'([a-z-]+)'/g,
  /send\(\{\s*code:\s*'([a-z-]+)'/g,
];

/** code → the files that send it. */
function serverCodes(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const add = (code: string, file: string) => found.set(code, [...(found.get(code) ?? []), path.relative(repo, file)]);
  for (const file of sourceFiles(path.join(repo, 'src/server'))) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of PATTERNS) for (const m of text.matchAll(pattern)) add(m[1]!, file);
  }
  for (const code of REJECT_CODES) add(code, 'src/shared/protocol.ts');
  return found;
}

const common = (lng: string) =>
  JSON.parse(readFileSync(path.join(repo, 'locales', lng, 'common.json'), 'utf8')) as { refusal: Record<string, string> };

describe('refusal words', () => {
  const codes = serverCodes();

  it('finds the codes in the server (the scan still works)', () => {
    for (const code of ['unknown-join-code', 'protocol-mismatch', 'invalid-input', 'slow-down', 'internal', 'not-found', 'csrf', 'too-many']) {
      expect(codes.has(code), code).toBe(true);
    }
  });

  it('words every code the server can send to a phone', () => {
    const unworded = [...codes].filter(([code]) => !STAFF_ONLY_CODES.has(code) && !(WORDED_CODES as readonly string[]).includes(code));
    expect(unworded.map(([code, files]) => `${code} (${files.join(', ')})`)).toEqual([]);
  });

  it('marks as staff only just codes the server still sends', () => {
    expect([...STAFF_ONLY_CODES].filter((code) => !codes.has(code))).toEqual([]);
  });

  for (const lng of ['en', 'cy', 'ar']) {
    it(`has a sentence in ${lng} for every worded code, and one for a code it does not know`, () => {
      const words = common(lng).refusal;
      for (const code of [...WORDED_CODES, 'unknown']) expect(words[code]?.trim(), `${lng} refusal.${code}`).toBeTruthy();
      expect(Object.keys(words).sort()).toEqual([...WORDED_CODES, 'unknown'].sort());
    });
  }

  it('falls back to refusal.unknown', () => {
    expect(refusalKey('closed')).toBe('refusal.closed');
    expect(refusalKey('a-code-from-a-newer-server')).toBe('refusal.unknown');
    expect(refusalKey(undefined)).toBe('refusal.unknown');
    expect(refusalKey('csrf')).toBe('refusal.unknown');
  });
});
