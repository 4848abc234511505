import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { parseSecretKey, secretBox } from './secrets';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'heard-secrets-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('secrets', () => {
  it('seals for one context and opens only there, with the same key', () => {
    const box = secretBox({ secretKey: randomBytes(32), secretKeyFile: '/nonexistent' });
    const sealed = box.seal('smtp secret', 'mail:council-a');
    expect(sealed).toMatch(/^sealed:v1:/);
    expect(sealed).not.toContain('smtp secret');
    expect(box.seal('smtp secret', 'mail:council-a')).not.toBe(sealed); // a new IV each time
    expect(box.open(sealed, 'mail:council-a')).toBe('smtp secret');
    expect(box.open(sealed, 'mail:council-b')).toBeNull();
    expect(secretBox({ secretKey: randomBytes(32), secretKeyFile: '/nonexistent' }).open(sealed, 'mail:council-a')).toBeNull();
    expect(box.open(`${sealed.slice(0, -4)}AAA=`, 'mail:council-a')).toBeNull();
    expect(box.open('sealed:v1:AAAA', 'mail:council-a')).toBeNull();
    // Stored before sealing existed: as it is.
    expect(box.open('typed before', 'mail:council-a')).toBe('typed before');
    expect(box.isSealed(sealed)).toBe(true);
    expect(box.isSealed('typed before')).toBe(false);
  });

  it('makes a key file readable by its owner only, once, and keeps using it', () => {
    const file = path.join(tempDir(), 'nested', 'secret.key');
    const box = secretBox({ secretKey: undefined, secretKeyFile: file });
    const sealed = box.seal('x', 'c');
    const key = readFileSync(file, 'utf8');
    expect(parseSecretKey(key)).toHaveLength(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    // Another process (a new box for the same file) reads the same key.
    const again = secretBox({ secretKey: undefined, secretKeyFile: file });
    expect(again.open(sealed, 'c')).toBe('x');
    expect(readFileSync(file, 'utf8')).toBe(key);
  });

  it('refuses a key file that holds no key', () => {
    const file = path.join(tempDir(), 'secret.key');
    writeFileSync(file, 'not a key\n');
    expect(() => secretBox({ secretKey: undefined, secretKeyFile: file }).ready()).toThrow(/does not hold a secret key/);
  });

  it('takes HEARD_SECRET_KEY as base64 or hex of 32 bytes, and refuses anything else', () => {
    const key = randomBytes(32);
    expect(loadConfig({ HEARD_SECRET_KEY: key.toString('base64') }).secretKey?.equals(key)).toBe(true);
    expect(loadConfig({ HEARD_SECRET_KEY: key.toString('hex') }).secretKey?.equals(key)).toBe(true);
    expect(loadConfig({}).secretKey).toBeUndefined();
    expect(loadConfig({ DATA_DIR: '/srv/heard' }).secretKeyFile).toBe('/srv/heard/secret.key');
    for (const bad of ['short', randomBytes(16).toString('base64'), randomBytes(31).toString('hex')]) {
      expect(() => loadConfig({ HEARD_SECRET_KEY: bad })).toThrow(/HEARD_SECRET_KEY/);
    }
  });
});
