// The wall's writes: each one is the young person's own row and its outbox op, in one transaction.
import { newId } from '../../../../shared/ids';
import { addMyItem } from '../../../my-items/data/add-my-item';
import { db } from '../../../storage/db';
import { getMeta, setMeta } from '../../../storage/meta';
import { queueOp, writeWithOp } from '../../../storage/outbox';

export const draftKey = (promptId: string) => `wall:${promptId}`;

export async function saveDraft(promptId: string, text: string): Promise<void> {
  if (text.trim() === '') await db.drafts.delete(draftKey(promptId));
  else await db.drafts.put({ key: draftKey(promptId), text, updatedAt: new Date().toISOString() });
}

/** Queues a post and clears its draft, together; returns its id (also the op id, so the device can follow it). */
export async function sendPost(promptId: string, text: string, opts: { districtId: string | null; flaggedOnDevice: boolean }): Promise<string> {
  const words = text.trim();
  return addMyItem(
    { kind: 'wall-post', parentId: promptId, text: words, flaggedOnDevice: opts.flaggedOnDevice },
    // The server is told, so a post this phone promised to keep off the wall stays off it whatever the server's check says.
    {
      type: 'wall.post',
      payload: { promptId, text: words, districtId: opts.districtId, ...(opts.flaggedOnDevice ? { flaggedOnDevice: true } : {}) },
    },
    { tables: [db.drafts], write: () => db.drafts.delete(draftKey(promptId)) },
  );
}

/** "Me too" once per device: a second tap does nothing. */
export async function meToo(postId: string): Promise<boolean> {
  return writeWithOp([db.myMeToos], async () => {
    if (await db.myMeToos.get(postId)) return false;
    await db.myMeToos.add({ postId, at: new Date().toISOString() });
    await queueOp(newId(), 'wall.metoo', { postId });
    return true;
  });
}

export const getDistrict = async () => (await getMeta<string | null>('district')) ?? null;
export const setDistrict = (districtId: string | null) => setMeta('district', districtId);
