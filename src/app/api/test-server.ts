// For tests of the staff api modules (tests only): a stubbed server that answers every request with one answer and records what
// was asked ("POST /api/v1/... {body}").
import { vi } from 'vitest';

export function stubServer(answer: unknown, status = 200): string[] {
  const asked: string[] = [];
  vi.stubGlobal('fetch', (url: string, init: RequestInit = {}) => {
    asked.push([init.method ?? 'GET', url, ...(init.body ? [String(init.body)] : [])].join(' '));
    return Promise.resolve(new Response(status === 204 ? null : JSON.stringify(answer), { status, headers: { 'content-type': 'application/json' } }));
  });
  return asked;
}
