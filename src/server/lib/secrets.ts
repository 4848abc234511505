// Secrets Heard must keep and use again (a council's mail password) are stored sealed: AES-256-GCM with a key that is
// not in the database, so a copy of the database (a backup, a dump, a stolen disk image of the database alone) does not
// hold them in readable form. The key is HEARD_SECRET_KEY when set (every server of one database needs the same one),
// otherwise a key file in DATA_DIR made on first use (one server; back it up apart from the database).
//
// A sealed value is `sealed:v1:` + base64(iv | tag | ciphertext) and is bound to what it belongs to (the `context`,
// e.g. the council's id): copied onto another row, it does not open. A value stored before sealing existed (no prefix)
// opens as it is, and is sealed the next time it is written.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';

const PREFIX = 'sealed:v1:';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface SecretKeySource {
  /** HEARD_SECRET_KEY, already checked to be 32 bytes. */
  secretKey: Buffer | undefined;
  /** Where the key is kept when HEARD_SECRET_KEY is not set. */
  secretKeyFile: string;
}

export interface SecretBox {
  /** Seals `plain` for `context` (what it belongs to). */
  seal(plain: string, context: string): string;
  /**
   * The value stored by `seal` for the same context; a value stored before sealing, as it is; null when it cannot be
   * opened (sealed with another key, or for another context, or damaged).
   */
  open(stored: string, context: string): string | null;
  /** Whether a stored value is sealed (a value stored before sealing existed is not). */
  isSealed(stored: string): boolean;
  /** Reads the key now (or makes its file), so that a bad key file stops Heard at start rather than at a first send. */
  ready(): void;
}

/** A key from HEARD_SECRET_KEY: 32 bytes as base64 (44 characters) or hex (64); undefined when it is not one. */
export function parseSecretKey(text: string): Buffer | undefined {
  const trimmed = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(trimmed)
    ? Buffer.from(trimmed, 'hex')
    : /^[A-Za-z0-9+/]{43}=$/.test(trimmed)
      ? Buffer.from(trimmed, 'base64')
      : undefined;
  return key?.length === KEY_BYTES ? key : undefined;
}

/** The key file's key; made (32 random bytes, readable by this user only) when there is none yet. */
function keyFromFile(file: string): Buffer {
  try {
    const key = parseSecretKey(readFileSync(file, 'utf8'));
    if (!key) throw new Error(`${file} does not hold a secret key (32 bytes as base64 or hex): put the key back, or set HEARD_SECRET_KEY.`);
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const key = randomBytes(KEY_BYTES);
  let fd: number;
  try {
    // 'wx': another process starting at the same moment made it first — use that one.
    fd = openSync(file, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return keyFromFile(file);
    throw error;
  }
  try {
    writeSync(fd, `${key.toString('base64')}\n`);
  } finally {
    closeSync(fd);
  }
  return key;
}

const boxes = new Map<string, SecretBox>();

/** The box for a configuration's key (the key is read, or its file made, when first needed). */
export function secretBox(source: SecretKeySource): SecretBox {
  const id = source.secretKey ? `env:${source.secretKey.toString('base64')}` : `file:${source.secretKeyFile}`;
  const known = boxes.get(id);
  if (known) return known;
  let key: Buffer | undefined = source.secretKey;
  const theKey = () => (key ??= keyFromFile(source.secretKeyFile));
  const box: SecretBox = {
    seal(plain, context) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', theKey(), iv);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64');
    },
    open(stored, context) {
      if (!stored.startsWith(PREFIX)) return stored;
      const bytes = Buffer.from(stored.slice(PREFIX.length), 'base64');
      if (bytes.length < IV_BYTES + TAG_BYTES) return null;
      try {
        const decipher = createDecipheriv('aes-256-gcm', theKey(), bytes.subarray(0, IV_BYTES));
        decipher.setAAD(Buffer.from(context, 'utf8'));
        decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
        return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
      } catch {
        return null;
      }
    },
    isSealed: (stored) => stored.startsWith(PREFIX),
    ready: () => void theKey(),
  };
  boxes.set(id, box);
  return box;
}
