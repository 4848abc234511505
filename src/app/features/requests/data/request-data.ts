// Reading this phone's requests (their my-items, what is still on the phone, the check codes) and the young person's
// replies and "ask for the next stage", each an op in the outbox.
import { newId } from '../../../../shared/ids';
import type { RequestEscalatePayload } from '../../../../shared/requests/request';
import { db } from '../../../storage/db';
import { useLiveQuery } from '../../../storage/live';
import { queueOp, writeWithOp } from '../../../storage/outbox';
import type { MyItemRow, OutboxRow, RequestCodeRow } from '../../../storage/rows';

/** This phone's requests, newest first; undefined while loading. */
export function useMyRequests(): MyItemRow[] | undefined {
  return useLiveQuery(async () => (await db.myItems.where('kind').equals('request').reverse().sortBy('createdAt')) ?? [], []);
}

/** One of this phone's requests: undefined while loading, null when there is no such request here. */
export function useMyRequest(id: string): MyItemRow | null | undefined {
  return useLiveQuery(async () => {
    const item = await db.myItems.get(id);
    return item?.kind === 'request' ? item : null;
  }, [id]);
}

/** The check code this phone made for the request: undefined while loading, null when it is not on this phone. */
export function useCheckCode(requestId: string): RequestCodeRow | null | undefined {
  return useLiveQuery(async () => (await db.requestCodes.get(requestId)) ?? null, [requestId]);
}

/** "I have written it down": the code stops showing large, and stays behind "Show my check code". */
export async function markCodeKept(requestId: string): Promise<void> {
  await db.requestCodes.update(requestId, { keptAt: new Date().toISOString() });
}

const aboutRequest = (requestId: string) => (r: OutboxRow) =>
  r.id === requestId ||
  ((r.type === 'request.message' || r.type === 'request.escalate') && (r.payload as { requestId?: string }).requestId === requestId);

/** Ops about the request still on this phone (the request itself, replies, asks for the next stage), oldest first. */
export function useRequestOutbox(requestId: string): OutboxRow[] {
  return useLiveQuery(() => db.outbox.orderBy('seq').filter(aboutRequest(requestId)).toArray(), [requestId], []);
}

/** A reply to the council, kept in the outbox until it is delivered. */
export async function replyToRequest(requestId: string, text: string): Promise<void> {
  await writeWithOp([], () => queueOp(newId(), 'request.message', { requestId, text: text.trim() }));
}

/** "I'm not happy — ask for the next stage". The council cannot block it; asking twice is answered 'already-done'. */
export async function askNextStage(requestId: string, toStage: RequestEscalatePayload['toStage'], reason?: string): Promise<void> {
  const why = reason?.trim();
  await writeWithOp([], () => queueOp(newId(), 'request.escalate', { requestId, toStage, ...(why ? { reason: why } : {}) }));
}
