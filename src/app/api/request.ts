// The staff area's calls to the server. Staff data is never stored on the device: fetched, shown, forgotten.
import type { SafeguardingPage } from '../../shared/safeguarding';
import { CSRF_HEADER } from '../../shared/staff';
import type { HidePhoneResult, StaffWallPostPage } from '../../shared/wall-staff';

export class StaffApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'StaffApiError';
  }
}

export async function staffFetch<T>(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers[CSRF_HEADER] = '1';
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      cache: 'no-store',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new StaffApiError(0, 'network', 'No connection to the Heard server. Check your connection and try again.');
  }
  if (res.status === 204) return undefined as T;
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const err = (data ?? {}) as { code?: string; message?: string };
    throw new StaffApiError(res.status, err.code ?? `http-${res.status}`, err.message ?? `The server answered ${res.status}.`);
  }
  return data as T;
}

/** A page of the moderation queue (or of published or hidden posts): never cut off, with the total. */
export function fetchPostPage(query: { status: 'pending' | 'published' | 'hidden'; order: 'oldest' | 'newest'; page: number; pageSize?: number }) {
  const params = new URLSearchParams({ status: query.status, order: query.order, page: String(query.page), pageSize: String(query.pageSize ?? 50) });
  return staffFetch<StaffWallPostPage>('GET', `/api/v1/staff/wall/posts?${params.toString()}`);
}

/** Hides every post still waiting from the phone that sent this one (never one in the safeguarding queue). */
export function hideWaitingFromPhone(postId: string) {
  return staffFetch<HidePhoneResult>('POST', `/api/v1/staff/wall/posts/${encodeURIComponent(postId)}/hide-phone`, {});
}

/** A page of the safeguarding queue: waiting items first, each part newest first. Every look is audited. */
export function fetchSafeguardingPage(page: number, pageSize = 50) {
  return staffFetch<SafeguardingPage>('GET', `/api/v1/staff/safeguarding?page=${page}&pageSize=${pageSize}`);
}
