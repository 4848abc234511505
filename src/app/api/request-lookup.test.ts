import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, requestLookupApi } from './client';

afterEach(() => vi.unstubAllGlobals());

const key = { ref: 'HRD-7K3Q-9M2P', checkCode: '23456789AB' };
const request = {
  ref: key.ref,
  kind: 'complaint',
  topic: 'school',
  nation: 'england',
  status: 'responded',
  stage: 1,
  receivedOn: '2026-12-02',
  dueOn: null,
  clockStoppedSince: null,
  respondedOn: '2026-12-10',
  outcome: 'not-upheld',
  nextStageBy: '2027-01-12',
  canEscalate: true,
  ombudsman: 'lgsco',
  advocacy: 'not-asked',
  urgent: false,
  messages: [],
  updatedAt: '2026-12-10T10:00:00.000Z',
};

describe('the request lookup', () => {
  it('posts the reference and code without a device token and checks the answer', async () => {
    const calls: Array<[string, RequestInit]> = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      calls.push([url, init]);
      return new Response(JSON.stringify({ requestId: 'r1', request }), { status: 200 });
    });
    await expect(requestLookupApi.lookup(key)).resolves.toMatchObject({ requestId: 'r1', request: { ref: key.ref, canEscalate: true } });
    expect(calls[0]?.[0]).toBe('/api/v1/requests/lookup');
    expect(JSON.parse(String(calls[0]?.[1].body))).toEqual(key);
    expect((calls[0]?.[1].headers as Record<string, string>).authorization).toBeUndefined();
  });

  it('sends the reply and the ask for the next stage with their own ids', async () => {
    const bodies: unknown[] = [];
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      bodies.push(JSON.parse(String(init.body)));
      return new Response(JSON.stringify({ request }), { status: 200 });
    });
    await requestLookupApi.message(key, 'id-1', 'Hello');
    await requestLookupApi.escalate(key, 'id-2', 2);
    expect(bodies).toEqual([
      { ...key, id: 'id-1', text: 'Hello' },
      { ...key, id: 'id-2', toStage: 2 },
    ]);
  });

  it('tells a wrong reference or code (404) from too many tries (429) and a broken answer', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ code: 'not-found', message: 'No.' }), { status: 404 }));
    await expect(requestLookupApi.lookup(key)).rejects.toEqual(new ApiError('rejected', 'not-found', 'No.'));
    vi.stubGlobal(
      'fetch',
      async () => new Response(JSON.stringify({ code: 'slow-down', message: 'Wait.' }), { status: 429, headers: { 'retry-after': '60' } }),
    );
    await expect(requestLookupApi.lookup(key)).rejects.toMatchObject({ kind: 'rate-limited', retryAfterMs: 60_000 });
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ request: { ref: 1 } }), { status: 200 }));
    await expect(requestLookupApi.lookup(key)).rejects.toMatchObject({ code: 'bad-response' });
  });
});
