// The safeguarding staff calls against a stubbed server: the URLs they ask, and answers checked against the contract.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listQueue, listSafetyTerms, recordAction, removeSafetyTerm } from './api';

const json = (status: number, body: unknown) =>
  new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
function stub(answer: Response) {
  const calls: string[] = [];
  vi.stubGlobal('fetch', (url: string, init: RequestInit = {}) => (calls.push(`${init.method ?? 'GET'} ${url}`), Promise.resolve(answer)));
  return calls;
}
afterEach(() => vi.unstubAllGlobals());

describe('safeguarding staff api', () => {
  it('asks for a page of the queue', async () => {
    const calls = stub(json(200, { items: [], total: 0, waiting: 0, page: 2, pageSize: 50 }));
    expect(await listQueue(2)).toEqual({ items: [], total: 0, waiting: 0, page: 2, pageSize: 50 });
    expect(calls).toEqual(['GET /api/v1/staff/safeguarding?page=2&pageSize=50']);
  });
  it('records an action and reads back what was recorded', async () => {
    const action = { id: 'a1', at: '2026-11-02T11:00:00.000Z', staffName: 'Priya', note: 'Rang the duty team.' };
    const calls = stub(json(201, { action }));
    expect(await recordAction({ kind: 'wall-post', id: '00000000-0000-4000-8000-0000000000b2', note: 'Rang the duty team.' })).toEqual({ action });
    expect(calls).toEqual(['POST /api/v1/staff/safeguarding/actions']);
  });
  it('removes a safety word by its id', async () => {
    const calls = stub(json(204, null));
    await removeSafetyTerm('t 1');
    expect(calls).toEqual(['DELETE /api/v1/staff/safety-terms/t%201']);
  });
  it('refuses an answer that does not match the contract', async () => {
    stub(json(200, { terms: [{ id: 1 }] }));
    await expect(listSafetyTerms()).rejects.toMatchObject({ code: 'bad-answer' });
  });
});
