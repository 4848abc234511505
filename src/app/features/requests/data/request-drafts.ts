// The request being written, kept on this phone at every step (one draft per door), and sending it: the op, the
// my-item that follows it, the check code and the end of the draft, in one Dexie transaction.
import { db } from '../../../storage/db';
import { useLiveQuery } from '../../../storage/live';
import type { RequestDraftRow } from '../../../storage/rows';
import { addMyItem } from '../../../my-items/data/add-my-item';
import { makeCheckCode } from '../model/check-code';
import { toPayload, type FormKind, type RequestAnswers } from '../model/request-form';

export interface RequestDraft extends Pick<RequestDraftRow, 'step' | 'flaggedOnDevice'> {
  answers: RequestAnswers;
}

/** The draft for `door`: undefined while loading, null when there is none. */
export function useRequestDraft(door: FormKind): RequestDraft | null | undefined {
  return useLiveQuery(async () => {
    const row = await db.requestDrafts.get(door);
    return row ? { step: row.step, answers: row.answers as RequestAnswers, ...(row.flaggedOnDevice ? { flaggedOnDevice: true } : {}) } : null;
  }, [door]);
}

/** The doors with a request half written on this phone; empty while loading. */
export function useDraftDoors(): ReadonlySet<string> {
  return useLiveQuery(async () => new Set((await db.requestDrafts.toArray()).map((d) => d.kind)), [], new Set<string>());
}

/** Keeps the whole draft (so a save that failed is made good by the next). Throws when the phone could not save it. */
export async function saveRequestDraft(door: FormKind, draft: RequestDraft): Promise<void> {
  await db.requestDrafts.put({
    kind: door,
    step: draft.step,
    answers: { ...draft.answers },
    ...(draft.flaggedOnDevice ? { flaggedOnDevice: true } : {}),
    updatedAt: new Date().toISOString(),
  });
}

/** "Start again": the draft is thrown away. */
export async function discardRequestDraft(door: FormKind): Promise<void> {
  await db.requestDrafts.delete(door);
}

export class IncompleteRequestError extends Error {
  constructor() {
    super('The request is missing something it needs.');
    this.name = 'IncompleteRequestError';
  }
}

/**
 * Sends the request: makes the check code here (the server only ever gets it to hash), then queues request.create,
 * adds the my-item, keeps the code and deletes the draft — together or not at all. Returns the request's id.
 */
export async function sendRequest(door: FormKind, answers: RequestAnswers, flaggedOnDevice: boolean): Promise<string> {
  const checkCode = makeCheckCode();
  const payload = toPayload(door, answers, { checkCode, flaggedOnDevice });
  if (!payload) throw new IncompleteRequestError();
  return addMyItem(
    { kind: 'request', parentId: door, text: payload.details, flaggedOnDevice },
    { type: 'request.create', payload },
    {
      tables: [db.requestDrafts, db.requestCodes],
      write: async (id) => {
        await db.requestCodes.put({ requestId: id, code: checkCode, keptAt: null });
        await db.requestDrafts.delete(door);
      },
    },
  );
}
