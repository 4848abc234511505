// Registers this device with a council and keeps its token. The council's content arrives with the first sync.
import { ApiError, sendJoin } from '../../../api/send';
import { loadDb } from '../../../storage/load-db';

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
    await db.transaction('rw', [db.meta, db.council], async () => {
      await db.meta.put({
        key: 'device',
        value: { deviceId: res.deviceId, token: res.token, councilId: res.council.id, joinedAt: new Date().toISOString() },
      });
      await db.meta.put({ key: 'cursor', value: '0' });
      await db.council.clear();
      await db.council.put(res.council);
    });
    return 'joined';
  } catch (e) {
    if (!(e instanceof ApiError)) return 'failed';
    if (e.kind === 'network') return 'offline';
    if (e.kind === 'rate-limited') return 'too-many';
    if (e.kind === 'rejected') return 'wrong-code';
    return 'failed';
  }
}

let fromLink: { code: string; result: Promise<JoinResult> } | undefined;

/**
 * Starts joining with a /join/<code> link's code as the app starts, on a phone that has not joined: the request leaves
 * beside the words and the join screen's chunk instead of after the screen is drawn. The screen's first try with that
 * code takes this answer (`joinTriedFromLink`) rather than asking again.
 */
export function joinFromLink(code: string): void {
  fromLink ??= { code, result: joinCouncil(code) };
}

/** The answer of the join `joinFromLink` started with `code`, once (a second try asks the server again). */
export function joinTriedFromLink(code: string): Promise<JoinResult> | undefined {
  if (fromLink?.code !== code) return undefined;
  const { result } = fromLink;
  fromLink = undefined;
  return result;
}
