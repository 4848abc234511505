// The IRO queue on fake-indexeddb with fetch stubbed at the edge: only sealed envelopes are written (the answers are
// nowhere in IndexedDB in the clear), a delivered item is forgotten, a lost connection backs off, and a refusal stays
// with its reason.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importSealingPrivateKey, newSealingKeyPair, unseal, type SealingKeyAnswer } from '../../../../../shared/survey/sealed';
import { db } from '../../../../storage/db';
import { backoffMs, queueReviewTally, sealAndQueue, sendQueued } from './queue';

const WORDS = 'Purplezebra marmalade';
const payload = { surveyId: 'hows-life-8-11', version: 1, answers: { 'one-thing-to-change': WORDS }, month: '2026-12' };

let pair: Awaited<ReturnType<typeof newSealingKeyPair>>;
let key: SealingKeyAnswer;
beforeEach(async () => {
  await db.delete();
  await db.open();
  pair = await newSealingKeyPair();
  key = { keyId: '7d0b0f8e-5b7a-4c1e-9a55-0c3f1f2b9a10', scheme: 'ecdh-p256-hkdf-sha256-aes256gcm', publicKey: pair.publicKey };
});
afterEach(() => {
  vi.unstubAllGlobals();
  db.close();
});

const answer = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('the IRO queue', () => {
  it('writes only the sealed envelope, which the council key opens to the answers', async () => {
    await sealAndQueue(payload, key);
    const rows = await db.sealedQueue.toArray();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(await Promise.all(db.tables.map((t) => t.toArray())))).not.toContain('Purplezebra');
    expect(await unseal(rows[0]!.sealed, await importSealingPrivateKey(pair.privateKey))).toEqual(payload);
  });

  it('sends, then forgets what was delivered', async () => {
    await sealAndQueue(payload, key);
    await queueReviewTally({ round: 'hows-life', band: '8-11', offered: 2, completed: 1, declined: 1, reviewedOn: '2026-12-02' });
    const fetch = vi.fn(async (url: string) => answer(201, { stored: true, url }));
    vi.stubGlobal('fetch', fetch);
    await sendQueued();
    expect(fetch.mock.calls.map((c) => c[0])).toEqual(['/api/v1/staff/surveys/sealed', '/api/v1/staff/surveys/tallies']);
    const tallyBody = JSON.parse(String((fetch.mock.calls[1] as unknown as [string, RequestInit])[1].body)) as { entryId: string };
    expect(tallyBody.entryId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await db.sealedQueue.count()).toBe(0);
    expect(await db.iroTallies.count()).toBe(0);
  });

  it('backs off after a lost connection and keeps a refusal with its reason', async () => {
    await sealAndQueue(payload, key);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('offline'))),
    );
    await sendQueued();
    const waiting = (await db.sealedQueue.toArray())[0]!;
    expect(waiting).toMatchObject({ state: 'waiting', tries: 1 });
    expect(waiting.nextTryAt).toBeGreaterThan(Date.now());
    // Not due yet: no call.
    const refuse = vi.fn(async () => answer(400, { code: 'unknown-survey', message: 'This survey is not one your council has published.' }));
    vi.stubGlobal('fetch', refuse);
    await sendQueued();
    expect(refuse).not.toHaveBeenCalled();
    await db.sealedQueue.update(waiting.entryId, { nextTryAt: 0 });
    await sendQueued();
    expect((await db.sealedQueue.toArray())[0]).toMatchObject({ state: 'refused', refusal: { code: 'unknown-survey' } });
  });

  it('doubles the wait from 2 s up to 5 minutes', () => {
    expect([1, 2, 3, 10, 30].map(backoffMs)).toEqual([2000, 4000, 8000, 300000, 300000]);
  });
});
