import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { query, StaffApiError, staffRequest } from './request';

afterEach(() => vi.unstubAllGlobals());

describe('staffRequest', () => {
  it('sends the CSRF header on changes, not on reads', async () => {
    const calls: RequestInit[] = [];
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      calls.push(init);
      return new Response(JSON.stringify({ ok: true }), { status: 200 });
    });
    await staffRequest({ method: 'GET', url: '/api/v1/staff/me' });
    await staffRequest({ method: 'POST', url: '/api/v1/staff/wall/prompts', body: { a: 1 } });
    expect((calls[0]?.headers as Record<string, string>)['X-Heard-CSRF']).toBeUndefined();
    expect((calls[1]?.headers as Record<string, string>)['X-Heard-CSRF']).toBe('1');
  });
  it('turns an error body into a StaffApiError with its message', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ code: 'wrong-sign-in', message: 'Wrong email or password.' }), { status: 401 }));
    await expect(staffRequest({ method: 'POST', url: '/api/v1/staff/session', body: {} })).rejects.toEqual(
      new StaffApiError(401, 'wrong-sign-in', 'Wrong email or password.', { code: 'wrong-sign-in', message: 'Wrong email or password.' }),
    );
  });
  it('keeps the whole error body for an answer that carries more (a 409 with the checks that failed)', async () => {
    const body = { code: 'checks-not-acknowledged', message: 'Two checks failed.', checks: [{ code: 'council-tax-missing' }] };
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(body), { status: 409 }));
    await expect(staffRequest({ method: 'POST', url: '/api/v1/staff/offer/x/publish', body: {} })).rejects.toMatchObject({
      status: 409,
      code: 'checks-not-acknowledged',
      details: body,
    });
  });
  it('checks the answer against its contract', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ n: 'three' }), { status: 200 }));
    await expect(staffRequest({ method: 'GET', url: '/x', answer: z.object({ n: z.number() }) })).rejects.toMatchObject({ code: 'bad-answer' });
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ n: 3, extra: true }), { status: 200 }));
    await expect(staffRequest({ method: 'GET', url: '/x', answer: z.object({ n: z.number() }) })).resolves.toEqual({ n: 3 });
  });
  it('says when there is no connection', async () => {
    vi.stubGlobal('fetch', async () => Promise.reject(new TypeError('offline')));
    await expect(staffRequest({ method: 'GET', url: '/x' })).rejects.toMatchObject({ status: 0, code: 'network' });
  });
});

describe('query', () => {
  it('leaves out parts that are not set', () => {
    expect(query({ a: 1, b: undefined, c: '', d: 'x y' })).toBe('?a=1&d=x+y');
    expect(query({})).toBe('');
  });
});
