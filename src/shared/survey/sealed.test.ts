import { describe, expect, it } from 'vitest';
import { fromBase64url, importSealingPrivateKey, newSealingKeyPair, seal, sealedEnvelopeSchema, toBase64url, unseal } from './sealed';

const KEY_ID = '7d0b0f8e-5b7a-4c1e-9a55-0c3f1f2b9a10';
const payload = { surveyId: 'hows-life-8-11', version: 1, answers: { 'one-thing-to-change': 'more football' }, month: '2026-03' };

describe('sealed survey responses', () => {
  it('round-trips through the council key, and the envelope matches the wire schema', async () => {
    const pair = await newSealingKeyPair();
    const envelope = await seal(payload, { keyId: KEY_ID, publicKey: pair.publicKey });
    expect(sealedEnvelopeSchema.parse(envelope)).toEqual(envelope);
    expect(JSON.stringify(envelope)).not.toContain('football');
    expect(await unseal(envelope, await importSealingPrivateKey(pair.privateKey))).toEqual(payload);
  });

  it('seals the same answers differently each time (fresh key and IV)', async () => {
    const pair = await newSealingKeyPair();
    const a = await seal(payload, { keyId: KEY_ID, publicKey: pair.publicKey });
    const b = await seal(payload, { keyId: KEY_ID, publicKey: pair.publicKey });
    expect(a.ciphertext).not.toBe(b.ciphertext);
    expect(a.ephemeralPublicKey).not.toBe(b.ephemeralPublicKey);
  });

  it('refuses an altered ciphertext, another key id, or another council key', async () => {
    const pair = await newSealingKeyPair();
    const other = await newSealingKeyPair();
    const envelope = await seal(payload, { keyId: KEY_ID, publicKey: pair.publicKey });
    const bytes = fromBase64url(envelope.ciphertext);
    bytes[3] = (bytes[3] ?? 0) ^ 1;
    const priv = await importSealingPrivateKey(pair.privateKey);
    await expect(unseal({ ...envelope, ciphertext: toBase64url(bytes) }, priv)).rejects.toThrow();
    await expect(unseal({ ...envelope, keyId: '00000000-0000-4000-8000-000000000000' }, priv)).rejects.toThrow();
    await expect(unseal(envelope, await importSealingPrivateKey(other.privateKey))).rejects.toThrow();
  });

  it('keeps base64url exact for every byte', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect([...fromBase64url(toBase64url(all))]).toEqual([...all]);
  });
});
