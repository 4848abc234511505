// Registers this device with a council and keeps its token. The council's content arrives with the first sync.
import { ApiError, sendJoin } from '../../../api/send';
import { loadDb } from '../../../storage/load-db';
import { notePeekedDevice } from '../../../storage/peek';
import type { DeviceMeta } from '../../../storage/rows';

export type JoinFailure = 'offline' | 'wrong-code' | 'too-many' | 'failed';
export type JoinResult = 'joined' | JoinFailure;

export async function joinCouncil(code: string): Promise<JoinResult> {
  const joinCode = code.trim();
  if (!joinCode) return 'wrong-code';
  try {
    // The request leaves at once, without waiting for the database's chunk or the API client (whose zod contracts
    // load only now that they are needed, keeping the first load small); the client reads the answer.
    const [answer, { api }, db] = await Promise.all([sendJoin(joinCode), import('../../../api/client'), loadDb()]);
    const res = await api.readJoin(answer);
    const device: DeviceMeta = { deviceId: res.deviceId, token: res.token, councilId: res.council.id, joinedAt: new Date().toISOString() };
    await db.transaction('rw', [db.meta, db.council], async () => {
      await db.meta.put({ key: 'device', value: device });
      await db.meta.put({ key: 'cursor', value: '0' });
      await db.council.clear();
      await db.council.put(res.council);
    });
    // A shell drawn from now on starts joined (main.tsx draws home at once when a link's join ended before it).
    notePeekedDevice(device);
    return 'joined';
  } catch (e) {
    if (!(e instanceof ApiError)) return 'failed';
    if (e.kind === 'network') return 'offline';
    if (e.kind === 'rate-limited') return 'too-many';
    if (e.kind === 'rejected') return 'wrong-code';
    return 'failed';
  }
}

interface LinkJoin {
  code: string;
  result: Promise<JoinResult>;
  /** Set once the answer is in. */
  ended?: JoinResult;
}
let fromLink: LinkJoin | undefined;

/**
 * Starts joining with a /join/<code> link's code as the app starts, on a phone that has not joined: the request leaves
 * beside the words and the join screen's chunk instead of after the screen is drawn. The screen's first try with that
 * code takes this answer (`joinTriedFromLink`) rather than asking again.
 */
export function joinFromLink(code: string): void {
  if (fromLink) return;
  const started: LinkJoin = { code, result: joinCouncil(code) };
  void started.result.then((result) => (started.ended = result));
  fromLink = started;
}

/** Whether the link's join has already ended with the phone joined; if so it is used up (there is no screen to take it). */
export function takeJoinedFromLink(): boolean {
  if (fromLink?.ended !== 'joined') return false;
  fromLink = undefined;
  return true;
}

/** The answer of the join `joinFromLink` started with `code`, once (a second try asks the server again). */
export function joinTriedFromLink(code: string): Promise<JoinResult> | undefined {
  if (fromLink?.code !== code) return undefined;
  const { result } = fromLink;
  fromLink = undefined;
  return result;
}
