import { describe, expect, it } from 'vitest';
import { dummyHash, hashPassword, N, needsRehash, paddingCosts, verifyPassword, verifyPasswordEvenly } from './passwords';

// Each hash at today's cost takes a few hundred ms (more on a busy machine): these tests get room for that.
describe('passwords', { timeout: 60_000 }, () => {
  it('hashes in the scrypt$N$r$p$salt$hash format with a fresh salt each time', async () => {
    const a = await hashPassword('correct horse battery staple');
    const b = await hashPassword('correct horse battery staple');
    expect(a).toMatch(/^scrypt\$131072\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{86}$/);
    expect(a).not.toBe(b);
    expect(needsRehash(a)).toBe(false);
  });

  it('accepts the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('a long passphrase here');
    expect(await verifyPassword('a long passphrase here', stored)).toBe(true);
    expect(await verifyPassword('a long passphrase herE', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('treats the same text in composed and decomposed Unicode as one password', async () => {
    const stored = await hashPassword('caf\u00e9 au lait please');
    expect(await verifyPassword('cafe\u0301 au lait please', stored)).toBe(true);
  });

  it('never matches a malformed or hostile stored hash', async () => {
    const good = await hashPassword('a long passphrase here');
    const parts = good.split('$');
    const broken = [
      '',
      'plain-text',
      parts.slice(0, 5).join('$'),
      ['bcrypt', ...parts.slice(1)].join('$'),
      ['scrypt', String(2 ** 30), ...parts.slice(2)].join('$'),
      ['scrypt', '1000', ...parts.slice(2)].join('$'),
      [...parts.slice(0, 5), ''].join('$'),
    ];
    for (const stored of broken) {
      expect(await verifyPassword('a long passphrase here', stored)).toBe(false);
      expect(needsRehash(stored)).toBe(true);
    }
  });

  it('still verifies hashes made with other (lower) settings, and flags them for rehash', async () => {
    const { scryptSync, randomBytes } = await import('node:crypto');
    const salt = randomBytes(16);
    const key = scryptSync('old password 123', salt, 32, { N: 1024, r: 8, p: 1 });
    const stored = ['scrypt', 1024, 8, 1, salt.toString('base64url'), key.toString('base64url')].join('$');
    expect(await verifyPassword('old password 123', stored)).toBe(true);
    expect(needsRehash(stored)).toBe(true);
  });

  it("hashes at today's OWASP cost (N=2^17, r=8, p=1), and an older 2^15 hash still verifies and is flagged for rehash", async () => {
    const today = await hashPassword('a long passphrase here');
    expect(today.split('$').slice(1, 4)).toEqual(['131072', '8', '1']);
    expect(needsRehash(today)).toBe(false);
    // A hash as Heard made them before: N=2^15.
    const { scryptSync, randomBytes } = await import('node:crypto');
    const salt = randomBytes(16);
    const key = scryptSync('a long passphrase here', salt, 64, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
    const before = ['scrypt', 2 ** 15, 8, 1, salt.toString('base64url'), key.toString('base64url')].join('$');
    expect(await verifyPassword('a long passphrase here', before)).toBe(true);
    expect(await verifyPassword('a long passphrase herE', before)).toBe(false);
    expect(needsRehash(before)).toBe(true);
  });

  it('runs a burst of hashes a few at a time, and every one still answers', async () => {
    const stored = await hashPassword('a long passphrase here');
    const answers = await Promise.all(Array.from({ length: 5 }, (_, i) => verifyPassword(i === 0 ? 'a long passphrase here' : `wrong ${i}`, stored)));
    expect(answers).toEqual([true, false, false, false, false]);
  });

  it('keeps one dummy hash that no ordinary password matches', async () => {
    const d = await dummyHash();
    expect(await dummyHash()).toBe(d);
    expect(await verifyPassword('', d)).toBe(false);
    expect(await verifyPassword('password', d)).toBe(false);
  });
  it("makes a wrong password against a missing or cheaper hash up to the work of one hash at today's cost", async () => {
    const fake = (n: number, r: number, p: number) =>
      ['scrypt', n, r, p, Buffer.alloc(16, 1).toString('base64url'), Buffer.alloc(64, 2).toString('base64url')].join('$');
    const work = (costs: number[]) => costs.reduce((a, b) => a + b, 0);
    // No account (the dummy hash is not even reached here) or a malformed hash: all of today's cost.
    expect(paddingCosts(null)).toEqual([N]);
    expect(paddingCosts('not a hash')).toEqual([N]);
    // Today's cost, or more: nothing to add.
    expect(paddingCosts(fake(N, 8, 1))).toEqual([]);
    expect(paddingCosts(fake(N, 16, 1))).toEqual([]);
    // Older, cheaper hashes: the missing work, in powers of two.
    expect(paddingCosts(fake(2 ** 15, 8, 1))).toEqual([2 ** 16, 2 ** 15]);
    expect(paddingCosts(fake(2 ** 16, 8, 1))).toEqual([2 ** 16]);
    expect(paddingCosts(fake(2 ** 14, 16, 1))).toEqual([2 ** 16, 2 ** 15]);
    expect(paddingCosts(fake(2 ** 14, 8, 2))).toEqual([2 ** 16, 2 ** 15]);
    for (const n of [2 ** 10, 2 ** 12, 2 ** 14, 2 ** 15, 2 ** 16]) expect(work(paddingCosts(fake(n, 8, 1))) + n).toBe(N);
    // And the checks still answer rightly.
    const stored = await hashPassword('a long passphrase here');
    expect(await verifyPasswordEvenly('a long passphrase here', stored)).toBe(true);
    expect(await verifyPasswordEvenly('a long passphrase herE', stored)).toBe(false);
    expect(await verifyPasswordEvenly('a long passphrase here', null)).toBe(false);
  });
});
