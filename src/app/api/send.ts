// Sending a request to Heard's server, without reading the answer: small and free of the contracts, so a request can
// leave before the contracts (zod and the schemas, a large chunk) have loaded. `client.ts` reads and checks answers.
export type ApiErrorKind = 'network' | 'rate-limited' | 'server' | 'rejected' | 'unauthorized';
export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    readonly code: string,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Sends `init` to `path` on Heard's own origin, as JSON, with the device's token when given; rejects only when offline. */
export async function send(path: string, init: RequestInit, token?: string): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  try {
    return await fetch(path, { ...init, headers, credentials: 'omit', cache: 'no-store' });
  } catch {
    throw new ApiError('network', 'network', 'No connection to Heard right now.');
  }
}

/** Asks to join a council with its code (`api.readJoin` in `client.ts` reads the answer). */
export const sendJoin = (joinCode: string): Promise<Response> => send('/api/v1/devices', { method: 'POST', body: JSON.stringify({ joinCode }) });
