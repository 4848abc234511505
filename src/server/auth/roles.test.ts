import { describe, expect, it } from 'vitest';
import { parseRoles, serializeRoles } from './roles';

describe('stored roles', () => {
  it('reads stored roles, dropping anything that is not a role', () => {
    expect(parseRoles('["admin","moderator"]')).toEqual(['admin', 'moderator']);
    expect(parseRoles('["admin","root"]')).toEqual(['admin']);
    expect(parseRoles('not json')).toEqual([]);
    expect(parseRoles('{"admin":true}')).toEqual([]);
    expect(parseRoles('[1,null,"iro"]')).toEqual(['iro']);
  });

  it('writes what it reads back', () => {
    expect(parseRoles(serializeRoles(['participation', 'admin']))).toEqual(['participation', 'admin']);
  });
});
