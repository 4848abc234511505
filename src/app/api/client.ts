// The only place the young person's app talks to the server (through `send.ts`). Answers are checked against the
// shared contracts.
import type { z } from 'zod';
import {
  PROTOCOL_VERSION,
  errorBodySchema,
  forgetDeviceResponseSchema,
  pullResponseSchema,
  pushResponseSchema,
  registerDeviceResponseSchema,
  type Op,
  type PullResponse,
  type PushResponse,
  type RegisterDeviceResponse,
} from '../../shared/protocol';
import { requestLookupResponseSchema, type RequestView } from '../../shared/requests/request';
import { ApiError, send } from './send';

export { ApiError, type ApiErrorKind } from './send';

/** Reads an answer from Heard: its body checked against `schema`, or the refusal as an ApiError. */
async function read<T>(res: Response, schema: z.ZodType<T>): Promise<T> {
  const body: unknown = await res.json().catch(() => null);
  if (res.ok) {
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw new ApiError('server', 'bad-response', 'Heard sent something this app does not understand.');
    return parsed.data;
  }
  const err = errorBodySchema.safeParse(body);
  const code = err.success ? err.data.code : `http-${res.status}`;
  const message = err.success ? err.data.message : `Heard answered ${res.status}.`;
  if (res.status === 401) throw new ApiError('unauthorized', code, message);
  if (res.status === 429) {
    const after = Number(res.headers.get('retry-after'));
    throw new ApiError('rate-limited', code, message, Number.isFinite(after) && after > 0 ? after * 1000 : undefined);
  }
  if (res.status >= 500) throw new ApiError('server', code, message);
  throw new ApiError('rejected', code, message);
}

const call = async <T>(path: string, init: RequestInit, schema: z.ZodType<T>, token?: string): Promise<T> =>
  read(await send(path, init, token), schema);

export interface SyncApi {
  push(token: string, ops: Op[]): Promise<PushResponse>;
  pull(token: string, since: string): Promise<PullResponse>;
}

export const api: SyncApi & {
  /** Reads the answer to `sendJoin` (sent apart, so it can leave before this module has loaded). */
  readJoin(answer: Response): Promise<RegisterDeviceResponse>;
  /** "Forget this phone": the server revokes the token for good. */
  forgetDevice(token: string): Promise<void>;
} = {
  readJoin: (answer) => read(answer, registerDeviceResponseSchema),
  push: (token, ops) =>
    call('/api/v1/sync/push', { method: 'POST', body: JSON.stringify({ protocol: PROTOCOL_VERSION, ops }) }, pushResponseSchema, token),
  forgetDevice: async (token) => {
    await call('/api/v1/devices/me', { method: 'DELETE' }, forgetDeviceResponseSchema, token);
  },
  pull: (token, since) => call(`/api/v1/sync/pull?since=${encodeURIComponent(since)}`, { method: 'GET' }, pullResponseSchema, token),
};

const lookupChangeSchema = requestLookupResponseSchema.pick({ request: true });
export type RequestLookup = { ref: string; checkCode: string };

/**
 * Reading a request by its reference and check code, from any device (no device token: it may be a borrowed phone).
 * 404 `not-found` for a wrong reference or code alike; 429 after too many tries. Nothing here is stored.
 */
export const requestLookupApi = {
  lookup: (key: RequestLookup) => call('/api/v1/requests/lookup', { method: 'POST', body: JSON.stringify(key) }, requestLookupResponseSchema),
  /** `id`: a fresh uuid made for this reply, so a repeat is answered once. */
  message: (key: RequestLookup, id: string, text: string): Promise<{ request: RequestView }> =>
    call('/api/v1/requests/lookup/message', { method: 'POST', body: JSON.stringify({ ...key, id, text }) }, lookupChangeSchema),
  escalate: (key: RequestLookup, id: string, toStage: 2 | 3, reason?: string): Promise<{ request: RequestView }> =>
    call(
      '/api/v1/requests/lookup/escalate',
      { method: 'POST', body: JSON.stringify({ ...key, id, toStage, ...(reason ? { reason } : {}) }) },
      lookupChangeSchema,
    ),
};
