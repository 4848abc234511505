import { describe, expect, it } from 'vitest';
import { checkCodeSchema, requestRefSchema } from '../../../../shared/requests/request';
import { hashCheckCode, newRef, verifyCheckCode } from './ref';

describe('request references', () => {
  it('look like HRD-XXXX-XXXX in the check-code alphabet and pass the shared schema', () => {
    for (let i = 0; i < 200; i += 1) {
      const ref = newRef();
      expect(ref).toMatch(/^HRD-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}$/);
      expect(requestRefSchema.parse(ref.toLowerCase())).toBe(ref);
    }
  });

  it('are random: 500 references have no repeat', () => {
    expect(new Set(Array.from({ length: 500 }, newRef)).size).toBe(500);
  });
});

describe('check codes', () => {
  const code = checkCodeSchema.parse('7K3Q-9M2P-XZ');

  it('are kept as salt:hash in hex, never the code itself, with a new salt each time', async () => {
    const a = await hashCheckCode(code);
    const b = await hashCheckCode(code);
    expect(a).toMatch(/^[0-9a-f]{32}:[0-9a-f]{64}$/);
    expect(a).not.toContain(code);
    expect(a).not.toBe(b);
  });

  it('verify only the right code', async () => {
    const stored = await hashCheckCode(code);
    expect(await verifyCheckCode(code, stored)).toBe(true);
    expect(await verifyCheckCode(checkCodeSchema.parse('7K3Q9M2PXY'), stored)).toBe(false);
  });

  it('answer false for an unknown reference, after the same work', async () => {
    expect(await verifyCheckCode(code, undefined)).toBe(false);
  });

  it('answer false for a damaged stored hash rather than throwing', async () => {
    expect(await verifyCheckCode(code, 'nonsense')).toBe(false);
  });
});
