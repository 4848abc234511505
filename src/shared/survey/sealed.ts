// A sealed survey response: what an IRO's shared device keeps while it waits for a signal. The answers are encrypted
// for the council's sealing key, whose private half only the server holds, so the device that sealed them (and the
// next child who holds it) cannot read them back.
//
// Scheme (WebCrypto, the same in the browser and in Node 20): for each response a fresh ephemeral ECDH P-256 key pair;
// ECDH with the council's public key → HKDF-SHA-256 (salt: the ephemeral public key's raw bytes, info: "heard-survey-
// seal-v1:<keyId>") → an AES-GCM-256 key; AES-GCM over the JSON of the survey.submit payload with a random 96-bit IV
// and the key id as additional data. The ephemeral private key is never exported and is dropped with the call.
import { z } from 'zod';
import { uuidSchema } from '../ids';

export const SEAL_SCHEME = 'ecdh-p256-hkdf-sha256-aes256gcm';
const INFO_PREFIX = 'heard-survey-seal-v1:';

const base64url = z
  .string()
  .min(1)
  .max(200_000)
  .regex(/^[A-Za-z0-9_-]+$/, 'base64url');

/** The council's public sealing key as the IRO device keeps it. */
export const sealingPublicJwkSchema = z.object({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: base64url.max(64),
  y: base64url.max(64),
});
export type SealingPublicJwk = z.infer<typeof sealingPublicJwkSchema>;

export const sealingKeyAnswerSchema = z.strictObject({
  keyId: uuidSchema,
  scheme: z.literal(SEAL_SCHEME),
  publicKey: sealingPublicJwkSchema,
});
export type SealingKeyAnswer = z.infer<typeof sealingKeyAnswerSchema>;

/** A sealed response as it travels (POST /api/v1/staff/surveys/sealed) and as the device queues it. */
export const sealedEnvelopeSchema = z.strictObject({
  keyId: uuidSchema,
  /** The ephemeral public key, raw uncompressed point (65 bytes), base64url. */
  ephemeralPublicKey: base64url.max(100),
  /** 12 bytes, base64url. */
  iv: base64url.max(20),
  /** AES-GCM output (ciphertext + 16-byte tag), base64url; a whole survey's answers fit well inside. */
  ciphertext: base64url.max(150_000),
});
export type SealedEnvelope = z.infer<typeof sealedEnvelopeSchema>;

export function toBase64url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;
// Named here rather than through DOM or Node lib types, so the file compiles for the app and the server alike.
type SubtleKey = Awaited<ReturnType<typeof crypto.subtle.deriveKey>>;
/** An EC key as JWK; `d` is the private part. */
export interface EcJwk {
  kty?: string;
  crv?: string;
  x?: string;
  y?: string;
  d?: string;
  ext?: boolean;
  key_ops?: string[];
}
const encoder = new TextEncoder();

async function aesKey(
  privateKey: SubtleKey,
  publicKey: SubtleKey,
  salt: Uint8Array<ArrayBuffer>,
  keyId: string,
  usage: 'encrypt' | 'decrypt',
): Promise<SubtleKey> {
  const shared = await crypto.subtle.deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256);
  const hkdf = await crypto.subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt, info: encoder.encode(INFO_PREFIX + keyId) },
    hkdf,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  );
}

/** Seals any JSON value for the council's public key. Only the holder of the private key can open it. */
export async function seal(value: unknown, key: { keyId: string; publicKey: SealingPublicJwk }): Promise<SealedEnvelope> {
  const councilKey = await crypto.subtle.importKey('jwk', { ...key.publicKey, ext: true }, ECDH, false, []);
  const ephemeral = await crypto.subtle.generateKey(ECDH, false, ['deriveBits']);
  const ephemeralRaw = new Uint8Array(await crypto.subtle.exportKey('raw', ephemeral.publicKey));
  const aes = await aesKey(ephemeral.privateKey, councilKey, ephemeralRaw, key.keyId, 'encrypt');
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(key.keyId) },
    aes,
    encoder.encode(JSON.stringify(value)),
  );
  return {
    keyId: key.keyId,
    ephemeralPublicKey: toBase64url(ephemeralRaw),
    iv: toBase64url(iv),
    ciphertext: toBase64url(new Uint8Array(ciphertext)),
  };
}

/**
 * Opens an envelope with the council's private key (the server's side). Throws on a wrong key, a damaged or altered
 * envelope or text that is not JSON; the caller answers 400.
 */
export async function unseal(envelope: SealedEnvelope, privateKey: SubtleKey): Promise<unknown> {
  const ephemeralRaw = fromBase64url(envelope.ephemeralPublicKey);
  const ephemeral = await crypto.subtle.importKey('raw', ephemeralRaw, ECDH, false, []);
  const aes = await aesKey(privateKey, ephemeral, ephemeralRaw, envelope.keyId, 'decrypt');
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: fromBase64url(envelope.iv), additionalData: encoder.encode(envelope.keyId) },
    aes,
    fromBase64url(envelope.ciphertext),
  );
  return JSON.parse(new TextDecoder().decode(plain)) as unknown;
}

/** A new council sealing key pair, both halves as JWK (the server stores the private half and never sends it). */
export async function newSealingKeyPair(): Promise<{ publicKey: SealingPublicJwk; privateKey: EcJwk }> {
  const pair = await crypto.subtle.generateKey(ECDH, true, ['deriveBits']);
  const pub = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const privateKey: EcJwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
  return { publicKey: sealingPublicJwkSchema.parse({ kty: pub.kty, crv: pub.crv, x: pub.x, y: pub.y }), privateKey };
}

export const importSealingPrivateKey = (jwk: EcJwk): Promise<SubtleKey> => crypto.subtle.importKey('jwk', jwk, ECDH, false, ['deriveBits']);
