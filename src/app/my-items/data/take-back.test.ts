// "Take this back" on the phone: a sent item queues item.withdraw and forgets its words in the same transaction; an
// item still in the outbox is cancelled instead; one that slipped out as it was cancelled is taken back on next pull.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyPull } from '../../storage/apply-pull';
import { db } from '../../storage/db';
import type { MyItemRow } from '../../storage/rows';
import { takeBack } from './take-back';

const ID = '00000000-0000-4000-8000-0000000000a1';
const item = (over: Partial<MyItemRow>): MyItemRow => ({
  id: ID,
  kind: 'wall-post',
  text: 'No more moving schools',
  parentId: 'prompt',
  createdAt: '2026-03-01T10:00:00.000Z',
  delivery: 'delivered',
  state: 'published',
  reason: null,
  themeIds: [],
  feedItemIds: [],
  updatedAt: '2026-03-01T11:00:00.000Z',
  seenAt: '2026-03-01T11:00:00.000Z',
  ...over,
});
const queued = () => db.outbox.where('state').equals('queued').toArray();

beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterEach(() => db.close());

describe('take this back', () => {
  it('forgets the words of a sent item and queues item.withdraw once, offline', async () => {
    await db.myItems.add(item({}));
    expect(await takeBack(ID)).toBe('queued');
    expect(await db.myItems.get(ID)).toMatchObject({ withdrawn: true, text: '' });
    expect((await queued()).map((o) => [o.type, o.payload])).toEqual([['item.withdraw', { itemId: ID }]]);
    // A second tap changes nothing.
    expect(await takeBack(ID)).toBe('already');
    expect(await queued()).toHaveLength(1);
  });

  it('cancels an item still waiting in the outbox: nothing is ever sent', async () => {
    await db.myItems.add(item({ delivery: 'not-sent', state: null }));
    await db.outbox.add({
      id: ID,
      type: 'wall.post',
      payload: { promptId: 'prompt', text: 'No more moving schools' },
      createdAt: '',
      state: 'queued',
      attempts: 0,
    });
    expect(await takeBack(ID)).toBe('cancelled');
    expect(await queued()).toEqual([]);
    expect(await db.myItems.get(ID)).toMatchObject({ withdrawn: true, text: '' });
  });

  it('takes back, on the next pull, a post that reached the server just as it was cancelled', async () => {
    await db.myItems.add(item({ delivery: 'not-sent', state: null }));
    await db.outbox.add({ id: ID, type: 'wall.post', payload: { promptId: 'prompt', text: 'x' }, createdAt: '', state: 'queued', attempts: 0 });
    await takeBack(ID);
    await applyPull(
      {
        myItems: [
          { id: ID, kind: 'wall-post', state: 'delivered', reason: null, themeIds: [], feedItemIds: [], updatedAt: '2026-03-01T12:00:00.000Z' },
        ],
      },
      '5',
    );
    expect((await queued()).map((o) => [o.type, o.payload])).toEqual([['item.withdraw', { itemId: ID }]]);
    expect(await db.myItems.get(ID)).toMatchObject({ withdrawn: true, text: '' });
    // Heard again before it was sent: still once.
    await applyPull(
      {
        myItems: [
          { id: ID, kind: 'wall-post', state: 'delivered', reason: null, themeIds: [], feedItemIds: [], updatedAt: '2026-03-01T12:00:00.000Z' },
        ],
      },
      '6',
    );
    expect(await queued()).toHaveLength(1);
  });

  it("keeps the server's word that a person has read it, and taking back is never news", async () => {
    await db.myItems.add(item({ state: 'kept-private', reason: 'safeguarding', text: 'my carer hits me' }));
    await applyPull(
      {
        myItems: [
          {
            id: ID,
            kind: 'wall-post',
            state: 'kept-private',
            reason: 'safeguarding',
            themeIds: [],
            feedItemIds: [],
            updatedAt: '2026-03-02T09:00:00.000Z',
            seenByPerson: true,
          },
        ],
      },
      '7',
    );
    expect(await db.myItems.get(ID)).toMatchObject({ seenByPerson: true, text: 'my carer hits me' });
    await takeBack(ID);
    await applyPull(
      {
        myItems: [
          {
            id: ID,
            kind: 'wall-post',
            state: 'kept-private',
            reason: 'safeguarding',
            themeIds: [],
            feedItemIds: [],
            updatedAt: '2026-03-02T10:00:00.000Z',
            seenByPerson: true,
            withdrawn: true,
          },
        ],
      },
      '8',
    );
    const row = await db.myItems.get(ID);
    expect(row).toMatchObject({ withdrawn: true, text: '', seenAt: '2026-03-02T10:00:00.000Z' });
  });
});
