import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../storage/db';
import { meToo, saveDraft, sendPost } from './wall-data';

beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterEach(() => db.close());

describe('wall data', () => {
  it('writes the post, its op and clears the draft together', async () => {
    await saveDraft('p1', 'Yes more trips');
    const id = await sendPost('p1', ' Yes more trips ', { districtId: null, flaggedOnDevice: false });
    expect((await db.myItems.get(id))?.text).toBe('Yes more trips');
    const op = await db.outbox.where('id').equals(id).first();
    expect(op?.type).toBe('wall.post');
    expect(op?.payload).toEqual({ promptId: 'p1', text: 'Yes more trips', districtId: null });
    expect(await db.drafts.get('wall:p1')).toBeUndefined();
  });

  it('tells the server when this phone flagged the post, so it is kept off the wall there too', async () => {
    const id = await sendPost('p1', 'words the phone flagged', { districtId: 'd1', flaggedOnDevice: true });
    expect((await db.myItems.get(id))?.flaggedOnDevice).toBe(true);
    const op = await db.outbox.where('id').equals(id).first();
    expect(op?.payload).toEqual({ promptId: 'p1', text: 'words the phone flagged', districtId: 'd1', flaggedOnDevice: true });
  });

  it('leaves nothing behind when the transaction fails', async () => {
    const id = '00000000-0000-4000-8000-00000000000a';
    await db.myItems.add({
      id,
      kind: 'wall-post',
      text: 'x',
      parentId: 'p',
      createdAt: '',
      delivery: 'not-sent',
      state: null,
      reason: null,
      themeIds: [],
      feedItemIds: [],
      updatedAt: '',
      seenAt: null,
    });
    const before = await db.outbox.count();
    // A post whose id collides cannot be added: neither the row nor the op may be written.
    const realNewId = globalThis.crypto.randomUUID.bind(globalThis.crypto);
    globalThis.crypto.randomUUID = () => id;
    await expect(sendPost('p1', 'again', { districtId: null, flaggedOnDevice: false })).rejects.toThrow();
    globalThis.crypto.randomUUID = realNewId;
    expect(await db.outbox.count()).toBe(before);
  });

  it('counts me too once per device', async () => {
    const post = '00000000-0000-4000-8000-00000000000b';
    expect(await meToo(post)).toBe(true);
    expect(await meToo(post)).toBe(false);
    expect(await db.outbox.filter((r) => r.type === 'wall.metoo').count()).toBe(1);
  });
});
