import { afterEach, describe, expect, it, vi } from 'vitest';
import { StaffApiError, staffFetch } from './staff';

afterEach(() => vi.unstubAllGlobals());

describe('staffFetch', () => {
  it('sends the CSRF header on changes, not on reads', async () => {
    const calls: RequestInit[] = [];
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      calls.push(init);
      return new Response(JSON.stringify({ ok: true }), { status: 200 });
    });
    await staffFetch('GET', '/api/v1/staff/me');
    await staffFetch('POST', '/api/v1/staff/wall/prompts', { a: 1 });
    expect((calls[0]?.headers as Record<string, string>)['X-Heard-CSRF']).toBeUndefined();
    expect((calls[1]?.headers as Record<string, string>)['X-Heard-CSRF']).toBe('1');
  });
  it('turns an error body into a StaffApiError with its message', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ code: 'wrong-sign-in', message: 'Wrong email or password.' }), { status: 401 }));
    await expect(staffFetch('POST', '/api/v1/staff/session', {})).rejects.toEqual(
      new StaffApiError(401, 'wrong-sign-in', 'Wrong email or password.'),
    );
  });
});
