// Registers this device with a council and keeps its token. The council's content arrives with the first sync.
import { ApiError, sendJoin } from '../../../api/send';
import { loadDb } from '../../../storage/load-db';

export type JoinFailure = 'offline' | 'wrong-code' | 'too-many' | 'failed';

export async function joinCouncil(code: string): Promise<'joined' | JoinFailure> {
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
