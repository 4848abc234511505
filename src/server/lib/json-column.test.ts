import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { readJsonColumn } from './json-column';

describe('reading a JSON column', () => {
  const schema = z.object({ n: z.number() });

  it('gives the value when it fits the schema', () => {
    expect(readJsonColumn('{"n":1}', schema, { n: 0 })).toEqual({ n: 1 });
  });

  it('gives the fallback for text that is not JSON or does not fit', () => {
    for (const json of ['', 'not json', '{"n":"1"}', '[]', 'null']) expect(readJsonColumn(json, schema, { n: 0 })).toEqual({ n: 0 });
  });
});
