// The IRO device's queue: a child's finished survey is sealed at once for the council's public key and only the
// sealed envelope is written; tallies wait beside it. Both are sent when there is a signal, one at a time, with
// backoff after a lost connection; a refusal (the server said no) stays on screen with its reason.
import { newId } from '../../../../../shared/ids';
import type { Tally } from '../../../../../shared/survey/iro';
import type { SurveySubmitPayload } from '../../../../../shared/survey/response';
import { seal, type SealingKeyAnswer } from '../../../../../shared/survey/sealed';
import { StaffApiError } from '../../../../api/request';
import type { SendState } from '../../../../storage/iro-rows';
import { allSealed, allTallies, forgetSealed, forgetTally, markSealed, markTally, queueSealed, queueTally } from '../../../../storage/iro-store';
import { useLiveQuery } from '../../../../storage/live';
import { sendSealed, sendTally } from '../api';

const FIRST_WAIT_MS = 2_000;
const LONGEST_WAIT_MS = 5 * 60_000;

/** The wait before try n + 1 (n ≥ 1): doubling from 2 s to at most 5 minutes. */
export const backoffMs = (tries: number): number => Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** Math.max(0, tries - 1));

const fresh = (): SendState => ({ state: 'waiting', tries: 0, nextTryAt: 0 });

/** Seals the answers and queues the envelope; the caller drops its copy of the answers once this resolves. */
export async function sealAndQueue(payload: SurveySubmitPayload, key: SealingKeyAnswer): Promise<void> {
  const sealed = await seal(payload, key);
  await queueSealed({ entryId: newId(), sealed, ...fresh() });
}

export async function queueReviewTally(tally: Omit<Tally, 'entryId'>): Promise<void> {
  const entryId = newId();
  await queueTally({ entryId, tally: { ...tally, entryId }, ...fresh() });
}

/** The server refused it for good (4xx other than a lost session or a slow-down): keep it visible with the reason. */
const refusedForGood = (e: unknown): e is StaffApiError =>
  e instanceof StaffApiError && e.status >= 400 && e.status < 500 && e.status !== 401 && e.status !== 429;

async function tryOne(row: SendState, send: () => Promise<unknown>, forget: () => Promise<unknown>, mark: (s: SendState) => Promise<unknown>) {
  try {
    await send();
    await forget();
  } catch (e) {
    const tries = row.tries + 1;
    if (refusedForGood(e)) await mark({ state: 'refused', tries, nextTryAt: 0, refusal: { code: e.code, message: e.message } });
    else await mark({ state: 'waiting', tries, nextTryAt: Date.now() + backoffMs(tries) });
    if (e instanceof StaffApiError && e.status === 401) throw e;
  }
}

let running: Promise<void> | null = null;

/** Sends everything due, one at a time (one run at once). A 401 stops the run and is thrown for the screen. */
export function sendQueued(): Promise<void> {
  running ??= (async () => {
    try {
      const now = Date.now();
      for (const row of await allSealed()) {
        if (row.state !== 'waiting' || row.nextTryAt > now) continue;
        await tryOne(
          row,
          () => sendSealed(row.entryId, row.sealed),
          () => forgetSealed(row.entryId),
          (s) => markSealed(row.entryId, s),
        );
      }
      for (const row of await allTallies()) {
        if (row.state !== 'waiting' || row.nextTryAt > now) continue;
        await tryOne(
          row,
          () => sendTally(row.tally),
          () => forgetTally(row.entryId),
          (s) => markTally(row.entryId, s),
        );
      }
    } finally {
      running = null;
    }
  })();
  return running;
}

/** When the next waiting item is due (ms since the epoch), or null when nothing waits. */
export async function nextDue(): Promise<number | null> {
  const waiting = [...(await allSealed()), ...(await allTallies())].filter((r) => r.state === 'waiting');
  return waiting.length ? Math.min(...waiting.map((r) => r.nextTryAt)) : null;
}

/** Puts a refused item back in line (after the survey or tally was put right on the server, e.g. republished). */
export const retryRefused = async (kind: 'sealed' | 'tally', entryId: string) => (kind === 'sealed' ? markSealed : markTally)(entryId, fresh());
export const discardRefused = (kind: 'sealed' | 'tally', entryId: string) => (kind === 'sealed' ? forgetSealed : forgetTally)(entryId);

export interface QueueView {
  sealedWaiting: number;
  talliesWaiting: number;
  refused: { kind: 'sealed' | 'tally'; entryId: string; code: string; message: string }[];
}

export function useQueue(): QueueView | undefined {
  return useLiveQuery(async () => {
    const sealed = await allSealed();
    const tallies = await allTallies();
    const refused = [
      ...sealed.filter((r) => r.state === 'refused').map((r) => ({ kind: 'sealed' as const, entryId: r.entryId, ...r.refusal! })),
      ...tallies.filter((r) => r.state === 'refused').map((r) => ({ kind: 'tally' as const, entryId: r.entryId, ...r.refusal! })),
    ];
    return {
      sealedWaiting: sealed.filter((r) => r.state === 'waiting').length,
      talliesWaiting: tallies.filter((r) => r.state === 'waiting').length,
      refused,
    };
  }, []);
}
