// Opening a request from any device by reference and check code, and replying or asking for the next stage from there.
// Public (no device token): the check code is the key, and wrong tries are limited (service/lookup.ts).
import type { FastifyReply } from 'fastify';
import { requestLookupEscalateSchema, requestLookupMessageSchema, requestLookupSchema } from '../../../shared/requests/request';
import { loadRequestClock } from '../../council/request-clock';
import { publicRoute, type AppDeps, type RouteDef } from '../../lib/route';
import type { Ports } from '../../ports/ports';
import { escalateRequest } from './service/escalate';
import { isTooManyTries, openByRef } from './service/lookup';
import { addMessage } from './service/message';
import { asHttpError, type Refusal } from './service/refusal';
import { lockRequest } from './service/lock';
import { loadRequestRows, toRequestView, type RequestRow } from './service/view';

/** Each lookup costs a slow hash; a person needs only a few a minute (above the 20 wrong tries an address has an hour). */
const PER_MINUTE = 30;

async function viewOf(deps: AppDeps, found: RequestRow) {
  // Read again: the answer shows the request after the change just made.
  const row = await deps.db.selectFrom('requests').selectAll().where('id', '=', found.id).executeTakeFirstOrThrow();
  const [rows] = await loadRequestRows(deps.db, [row]);
  const clock = await loadRequestClock(deps.db, row.council_id);
  return { requestId: row.op_id ?? row.id, request: toRequestView(rows!, clock, clock.today(deps.now())) };
}

async function opened(deps: AppDeps, reply: FastifyReply, body: { ref: string; checkCode: string }, address: string): Promise<RequestRow> {
  try {
    return await openByRef(deps, body.ref, body.checkCode, address);
  } catch (error) {
    if (isTooManyTries(error)) reply.header('retry-after', String(error.retryAfterSeconds));
    throw error;
  }
}

export function requestRoutes(ports: Ports): RouteDef[] {
  return [
    publicRoute({
      method: 'POST',
      url: '/api/v1/requests/lookup',
      body: requestLookupSchema,
      rateLimitPerMinute: PER_MINUTE,
      handler: async ({ body, deps, request, reply }) => viewOf(deps, await opened(deps, reply, body, request.ip)),
    }),
    publicRoute({
      method: 'POST',
      url: '/api/v1/requests/lookup/message',
      body: requestLookupMessageSchema,
      rateLimitPerMinute: PER_MINUTE,
      handler: async ({ body, deps, request, reply }) => {
        const found = await opened(deps, reply, body, request.ip);
        const refused = await deps.db.transaction().execute(async (trx): Promise<Refusal | null> => {
          const row = await lockRequest(trx, found.id);
          return addMessage(trx, row, { opId: body.id, text: body.text, now: deps.now() }, ports);
        });
        if (refused) throw asHttpError(refused);
        return viewOf(deps, found);
      },
    }),
    publicRoute({
      method: 'POST',
      url: '/api/v1/requests/lookup/escalate',
      body: requestLookupEscalateSchema,
      rateLimitPerMinute: PER_MINUTE,
      handler: async ({ body, deps, request, reply }) => {
        const found = await opened(deps, reply, body, request.ip);
        const refused = await deps.db.transaction().execute(async (trx): Promise<Refusal | null> => {
          const row = await lockRequest(trx, found.id);
          const [rows] = await loadRequestRows(trx, [row]);
          const clock = await loadRequestClock(trx, row.council_id);
          return escalateRequest(trx, rows!, clock, { opId: body.id, toStage: body.toStage, reason: body.reason, now: deps.now() }, ports);
        });
        if (refused) throw asHttpError(refused);
        return viewOf(deps, found);
      },
    }),
  ];
}
