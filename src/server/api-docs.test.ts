// Keeps README.md's API section honest: every route, every op type and every pull collection is documented there,
// and every route the section names exists. A new endpoint without docs fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OP_TYPES, pullChangesSchema, REJECT_CODES } from '../shared/protocol';
import { routes } from './routes';

function apiSection(): string {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const start = readme.indexOf('\n## API\n');
  if (start < 0) throw new Error('README.md has no "## API" section');
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

const section = apiSection();
const routeKeys = routes.map((r) => `${r.method} ${r.url}`);

describe("README.md's API section", () => {
  it.each(routeKeys)('documents `%s`', (key) => {
    expect(section).toContain(`\`${key}\``);
  });

  it.each(OP_TYPES)('documents op `%s`', (type) => {
    expect(section).toContain(`\`${type}\``);
  });

  it.each(Object.keys(pullChangesSchema.shape))('documents pull collection `%s`', (name) => {
    expect(section).toContain(`\`${name}\``);
  });

  it.each(REJECT_CODES)('documents rejection code `%s`', (code) => {
    expect(section).toContain(`\`${code}\``);
  });

  it('names only routes that exist', () => {
    const named = [...section.matchAll(/`(GET|POST|PUT|PATCH|DELETE) (\/api\/v1\/[^`?\s]*)/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((key) => !routeKeys.includes(key))).toEqual([]);
  });
});
