// Staff password hashing with scrypt (node:crypto), stored as `scrypt$N$r$p$salt$hash`: each hash records its own
// cost, so hashes made at an older cost still verify and are made again at today's cost at the next sign-in.
// Today's cost is OWASP's recommendation for scrypt (N=2^17, r=8, p=1): 128 MiB and a few hundred ms per hash, so
// hashes run a few at a time (a burst of sign-ins queues rather than exhausting memory).
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export const N = 2 ** 17;
const R = 8;
const P = 1;
const SALT_BYTES = 16;
const KEY_BYTES = 64;
/** scrypt needs 128 * N * r bytes (128 MiB today), past Node's default 32 MiB limit: allow it, with headroom. */
const maxmemFor = (n: number, r: number) => 128 * n * r * 2;

/** Hashes at once at most; the others wait their turn. */
const PARALLEL = 2;
let running = 0;
const waiting: Array<() => void> = [];

async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  if (running >= PARALLEL) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await work();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

function derive(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return inTurn(
    () =>
      new Promise((resolve, reject) => {
        scrypt(password.normalize('NFKC'), salt, keyLength, options, (err, key) => (err ? reject(err) : resolve(key)));
      }),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, KEY_BYTES, { N, r: R, p: P, maxmem: maxmemFor(N, R) });
  return ['scrypt', N, R, P, salt.toString('base64url'), key.toString('base64url')].join('$');
}

interface Parsed {
  n: number;
  r: number;
  p: number;
  salt: Buffer;
  key: Buffer;
}

function parse(stored: string): Parsed | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [n, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  // Refuse parameters that would let a corrupted row tie up the server.
  const sane = (x: number, max: number) => Number.isInteger(x) && x >= 1 && x <= max;
  if (!sane(n, 2 ** 17) || (n & (n - 1)) !== 0 || !sane(r, 16) || !sane(p, 16)) return null;
  const salt = Buffer.from(parts[4] ?? '', 'base64url');
  const key = Buffer.from(parts[5] ?? '', 'base64url');
  if (salt.length < 8 || key.length < 16) return null;
  return { n, r, p, salt, key };
}

/** True when the password matches the stored hash. A malformed hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return false;
  const key = await derive(password, parsed.salt, parsed.key.length, {
    N: parsed.n,
    r: parsed.r,
    p: parsed.p,
    maxmem: maxmemFor(parsed.n, parsed.r),
  });
  return timingSafeEqual(key, parsed.key);
}

let dummy: Promise<string> | undefined;
/**
 * A real hash of a random password, made once. Sign-in with an unknown email verifies against it so that
 * "no such account" takes as long as "wrong password" and the answer time does not reveal who has an account.
 */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(24).toString('base64url'));
  return dummy;
}

/**
 * The extra scrypt costs (N at today's r and p=1) to spend after a WRONG password checked against `stored`, so that
 * every failed sign-in does the work of one hash at today's cost: whether the account exists (an unknown email is
 * checked against the dummy hash) and however old its hash is. scrypt's time grows with N * r * p, so the missing work
 * is split into powers of two (N is one). A missing or malformed hash is checked by no scrypt at all: all of today's
 * cost is added. Work below the smallest step (a few ms) is not made up.
 */
export function paddingCosts(stored: string | null): number[] {
  const parsed = stored === null ? null : parse(stored);
  const done = parsed ? (parsed.n * parsed.r * parsed.p) / R : 0;
  let missing = N * P - done;
  const costs: number[] = [];
  for (let n = N; n >= MIN_PADDING_N && missing > 0; n /= 2) {
    if (missing >= n) {
      costs.push(n);
      missing -= n;
    }
  }
  return costs;
}
const MIN_PADDING_N = 2 ** 10;

/**
 * Checks a password against a member's hash (or, when there is no such account, against the dummy hash) so that a
 * wrong answer takes the same time either way and whatever cost the stored hash was made at.
 */
export async function verifyPasswordEvenly(password: string, stored: string | null): Promise<boolean> {
  if (stored === null) {
    await verifyPassword(password, await dummyHash());
    return false;
  }
  if (await verifyPassword(password, stored)) return true;
  for (const n of paddingCosts(stored)) {
    await derive(password, randomBytes(SALT_BYTES), KEY_BYTES, { N: n, r: R, p: 1, maxmem: maxmemFor(n, R) });
  }
  return false;
}

/** Whether a hash was made with weaker settings than today's (so it can be upgraded at the next sign-in). */
export function needsRehash(stored: string): boolean {
  const parsed = parse(stored);
  return !parsed || parsed.n < N || parsed.r < R || parsed.key.length < KEY_BYTES;
}
