// The requests' part of the one push path (request.create, request.message, request.escalate). A phone's own requests
// go out through the my-items kit (sources/my-items.ts); another device reaches one by reference and check code
// (routes.ts).
import { loadRequestClock } from '../../council/request-clock';
import type { Trx } from '../../db/schema';
import type { DeviceAuth } from '../../lib/route';
import type { Ports } from '../../ports/ports';
import { isPostgres } from '../../sync/change-log';
import type { OpHandlers } from '../../sync/types';
import { createRequest } from './service/create';
import { escalateRequest } from './service/escalate';
import { addMessage } from './service/message';
import { asRejection } from './service/refusal';
import { loadRequestRows } from './service/view';

const NOT_FOUND = { status: 'rejected', code: 'not-found', message: 'That is not a request this phone sent.' } as const;

/** This phone's request made by op `requestId` (another phone's answers exactly as one that does not exist). */
function ownRequest(trx: Trx, device: DeviceAuth, requestId: string) {
  return (
    trx
      .selectFrom('requests')
      .selectAll()
      .where('council_id', '=', device.councilId)
      .where('device_id', '=', device.deviceId)
      .where('op_id', '=', requestId)
      // Two sends at once for one request (a reply and an escalation) take turns.
      .$if(isPostgres(trx), (q) => q.forUpdate())
      .executeTakeFirst()
  );
}

export function requestOpHandlers(ports: Ports): OpHandlers {
  return {
    'request.create': (ctx, payload) => createRequest(ctx, payload, ports),

    async 'request.message'({ trx, device, op, now, takeQuota }, payload) {
      const request = await ownRequest(trx, device, payload.requestId);
      if (!request) return NOT_FOUND;
      const refused = await addMessage(trx, request, { opId: op.id, text: payload.text, now, takeQuota }, ports);
      return refused ? asRejection(refused) : { status: 'accepted' };
    },

    async 'request.escalate'({ trx, device, op, now }, payload) {
      const request = await ownRequest(trx, device, payload.requestId);
      if (!request) return NOT_FOUND;
      const [rows] = await loadRequestRows(trx, [request]);
      const clock = await loadRequestClock(trx, device.councilId);
      const refused = await escalateRequest(
        trx,
        rows!,
        clock,
        { opId: op.id, toStage: payload.toStage, reason: payload.reason, now, askedAt: op.createdAt },
        ports,
      );
      return refused ? asRejection(refused) : { status: 'accepted' };
    },
  };
}
