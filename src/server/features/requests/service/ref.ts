// A request's reference and its check code. The reference ('HRD-7K3Q-9M2P') is made here, at random; the check code is
// made by the phone and shown once to the young person, and the server keeps only a salted scrypt hash of it.
import { randomBytes, randomInt, scrypt, timingSafeEqual } from 'node:crypto';
import { CHECK_CODE_ALPHABET } from '../../../../shared/requests/request';

const SALT_BYTES = 16;
const KEY_BYTES = 32;
/** Node's default scrypt cost (N = 2^14): tens of milliseconds a try, and the lookup allows only a few wrong tries. */
const COST = { N: 2 ** 14, r: 8, p: 1 };

function randomChars(n: number): string {
  let out = '';
  for (let i = 0; i < n; i += 1) out += CHECK_CODE_ALPHABET[randomInt(CHECK_CODE_ALPHABET.length)];
  return out;
}

/** A new reference: 'HRD-' then 4 + 4 characters of the check-code alphabet (no 0/O, 1/I/L to mix up). */
export function newRef(): string {
  return `HRD-${randomChars(4)}-${randomChars(4)}`;
}

function derive(code: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(code, salt, KEY_BYTES, COST, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

/** 'salt:hash' in hex. The code is already normalised (checkCodeSchema: upper case, no spaces or dashes). */
export async function hashCheckCode(code: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  return `${salt.toString('hex')}:${(await derive(code, salt)).toString('hex')}`;
}

/** A hash no code matches, checked when a reference is unknown so a wrong reference takes as long as a wrong code. */
let decoy: Promise<string> | undefined;

/** True when `code` is the one hashed in `stored`; with `stored` undefined it does the same work and answers false. */
export async function verifyCheckCode(code: string, stored: string | undefined): Promise<boolean> {
  const [saltHex, keyHex] = (stored ?? (await (decoy ??= hashCheckCode(randomChars(12))))).split(':');
  const salt = Buffer.from(saltHex ?? '', 'hex');
  const key = Buffer.from(keyHex ?? '', 'hex');
  const tried = await derive(code, salt.length === SALT_BYTES ? salt : Buffer.alloc(SALT_BYTES));
  return stored !== undefined && key.length === tried.length && timingSafeEqual(key, tried);
}
