// A message from the young person about their request (op request.message, and the lookup from another device). The
// safety check reads it: words that may be about harm make the request urgent and alert the council at once.
import { newId } from '../../../../shared/ids';
import { assessText } from '../../../../shared/safety/assess-text';
import { councilSafetyTerms } from '../../../council/load';
import type { Trx } from '../../../db/schema';
import type { Ports } from '../../../ports/ports';
import type { OpContext } from '../../../sync/types';
import { recordRequestChange } from './change';
import type { Refusal } from './refusal';
import type { RequestRow } from './view';

export interface MessageInput {
  /** The op id (or the lookup's id): a repeat of it changes nothing. */
  opId: string;
  text: string;
  now: Date;
  /** The op's quota (the lookup has its own limits instead). */
  takeQuota?: OpContext['takeQuota'];
}

/** Adds the message. Answers a refusal, or null when it is there (now, or from an earlier send of the same id). */
export async function addMessage(trx: Trx, request: RequestRow, input: MessageInput, ports: Pick<Ports, 'alerts'>): Promise<Refusal | null> {
  const before = await trx.selectFrom('request_events').select(['request_id', 'type']).where('op_id', '=', input.opId).executeTakeFirst();
  if (before) {
    return before.request_id === request.id && before.type === 'message-in'
      ? null
      : { code: 'not-allowed', message: 'That id was already used for something else.' };
  }
  if (request.status === 'closed') {
    return { code: 'closed', message: 'This request is closed. To tell the council something new, start a new request.' };
  }
  const flags = assessText(input.text, { extraTerms: await councilSafetyTerms(trx, request.council_id) });
  const doubted = flags.disclosure || flags.doubt !== 'none';
  const refused = await input.takeQuota?.({ exempt: doubted });
  if (refused) return { code: 'too-many', message: refused.message };
  const at = input.now.toISOString();
  await trx
    .insertInto('request_events')
    .values({
      id: newId(),
      request_id: request.id,
      council_id: request.council_id,
      op_id: input.opId,
      type: 'message-in',
      staff_id: null,
      text: input.text,
      data: JSON.stringify({ doubt: flags.doubt, categories: flags.categories }),
      visible: 1,
      at,
    })
    .execute();
  if (doubted)
    await trx
      .updateTable('requests')
      .set({ urgent: 1, safety: flags.disclosure ? 1 : request.safety })
      .where('id', '=', request.id)
      .execute();
  await recordRequestChange(trx, request, input.now);
  const kind = doubted ? 'urgent-request' : 'request';
  await ports.alerts?.enqueue(trx, { councilId: request.council_id, kind, path: `/staff/requests/${request.id}`, at: input.now });
  return null;
}
