// The one way the staff area talks to the server: the session cookie, the CSRF header on every change, errors as
// StaffApiError, and every answer checked against the shared contract before a screen sees it. Staff data is never
// stored on the device: fetched, shown, forgotten.
import type { z } from 'zod';
import { errorBodySchema } from '../../shared/protocol';
import { CSRF_HEADER } from '../../shared/staff';

export class StaffApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The whole error body, for answers that carry more than a code and message (a 409 with the checks that failed). */
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'StaffApiError';
  }
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface Request {
  method: Method;
  url: string;
  body?: unknown;
}

const badAnswer = () => new StaffApiError(0, 'bad-answer', 'The server sent an answer Heard does not understand. Reload the page.');

/**
 * Sends one staff request. With `answer`, the server's answer is checked against it and returned; without, the
 * answer is not read (a 204, or a change whose answer the screen does not need).
 */
export async function staffRequest<T>(request: Request & { answer: z.ZodType<T> }): Promise<T>;
export async function staffRequest(request: Request & { answer?: undefined }): Promise<void>;
export async function staffRequest<T>({ method, url, body, answer }: Request & { answer?: z.ZodType<T> }): Promise<T | undefined> {
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
  const data: unknown = res.status === 204 ? undefined : await res.json().catch(() => null);
  if (!res.ok) {
    const err = errorBodySchema.partial().safeParse(data);
    const code = (err.success ? err.data.code : undefined) ?? `http-${res.status}`;
    const message = (err.success ? err.data.message : undefined) ?? `The server answered ${res.status}.`;
    throw new StaffApiError(res.status, code, message, data);
  }
  if (!answer) return undefined;
  const parsed = answer.safeParse(data);
  if (!parsed.success) throw badAnswer();
  return parsed.data;
}

/** A query string from the parts that are set ("?a=1&b=x", or "" when none are). */
export function query(parts: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(parts)) if (value !== undefined && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}
