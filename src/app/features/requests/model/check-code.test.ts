import { describe, expect, it } from 'vitest';
import { checkCodeSchema } from '../../../../shared/requests/request';
import { groupCheckCode, makeCheckCode } from './check-code';

describe('makeCheckCode', () => {
  it('makes 10 characters the lookup accepts, different each time', () => {
    const codes = new Set(Array.from({ length: 200 }, () => makeCheckCode()));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(checkCodeSchema.parse(code)).toBe(code);
  });

  it('throws away bytes that would make some letters likelier than others', () => {
    // 248..255 are past the last whole run of 31 and are skipped; 0 → '2', 30 → 'Z', 31 → '2' again.
    let calls = 0;
    const random = (b: Uint8Array) => {
      calls += 1;
      b.fill(calls === 1 ? 250 : 0);
      if (calls === 1) b.set([30, 31]);
      return b;
    };
    expect(makeCheckCode(random)).toBe('Z2' + '2'.repeat(8));
    expect(calls).toBe(2);
  });

  it('groups the code in two fives, which the lookup still reads', () => {
    expect(groupCheckCode('7K3QX9M2PA')).toBe('7K3QX 9M2PA');
    expect(checkCodeSchema.parse(groupCheckCode('7K3QX9M2PA'))).toBe('7K3QX9M2PA');
  });
});
