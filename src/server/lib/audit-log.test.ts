import { describe, expect, it } from 'vitest';
import { parseAuditDetail as parseDetail } from './audit-log';

describe('audit detail', () => {
  it('reads an object and nothing else', () => {
    expect(parseDetail('{"changed":["name"],"n":2}')).toEqual({ changed: ['name'], n: 2 });
    expect(parseDetail('{}')).toEqual({});
    expect(parseDetail('[1,2]')).toEqual({});
    expect(parseDetail('"text"')).toEqual({});
    expect(parseDetail('null')).toEqual({});
    expect(parseDetail('not json')).toEqual({});
  });
});
