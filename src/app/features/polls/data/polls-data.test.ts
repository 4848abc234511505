import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lookAtMine } from '../../../my-items/data/look-at-mine';
import { countNews } from '../../../my-items/data/news';
import { applyPull } from '../../../storage/apply-pull';
import { db } from '../../../storage/db';
import { suggestName, vote, voteWaiting } from './polls-data';

const POLL = '00000000-0000-4000-8000-000000000010';
const OPT_A = '00000000-0000-4000-8000-000000000011';
const OPT_B = '00000000-0000-4000-8000-000000000012';

beforeEach(async () => {
  await db.delete();
  await db.open();
  await db.polls.put({
    id: POLL,
    term: 'contact',
    question: { en: 'What should we call contact?' },
    open: true,
    options: [
      { id: OPT_A, label: 'Family Time', votes: 2 },
      { id: OPT_B, label: 'Catch up', votes: 0 },
    ],
    adoptedOptionId: null,
  });
});
afterEach(() => db.close());

const opsOf = (type: string) => db.outbox.filter((r) => r.type === type).toArray();

describe('votes', () => {
  it('once per device, offline, and the op waits in the outbox', async () => {
    expect(await vote(POLL, OPT_A)).toBe(true);
    expect(await vote(POLL, OPT_B)).toBe(false);
    expect((await db.myVotes.get(POLL))?.optionId).toBe(OPT_A);
    expect((await opsOf('poll.vote')).map((o) => o.payload)).toEqual([{ pollId: POLL, optionId: OPT_A }]);
    expect(await voteWaiting(POLL)).toBe(true);
    await db.outbox.clear();
    expect(await voteWaiting(POLL)).toBe(false);
  });

  it('not on a closed poll or a choice that is not there', async () => {
    expect(await vote(POLL, '00000000-0000-4000-8000-000000000099')).toBe(false);
    await db.polls.update(POLL, { open: false });
    expect(await vote(POLL, OPT_A)).toBe(false);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.myVotes.count()).toBe(0);
  });
});

describe('name suggestions', () => {
  it('become the device own item, with its op, and follow the journey through pull', async () => {
    const id = await suggestName(POLL, '  Family Time  ', { flaggedOnDevice: false });
    const row = await db.myItems.get(id);
    expect(row).toMatchObject({ kind: 'poll-suggestion', parentId: POLL, text: 'Family Time', delivery: 'not-sent' });
    expect((await opsOf('poll.suggest')).map((o) => [o.id, o.payload])).toEqual([[id, { pollId: POLL, label: 'Family Time' }]]);

    // The server says a person added it to the poll: that is news for "What happened to what I said".
    await applyPull(
      {
        myItems: [
          { id, kind: 'poll-suggestion', state: 'published', reason: null, themeIds: [], feedItemIds: [], updatedAt: '2099-01-01T00:00:00.000Z' },
        ],
      },
      '5',
    );
    const pulled = await db.myItems.get(id);
    expect(pulled).toMatchObject({ text: 'Family Time', parentId: POLL, state: 'published', delivery: 'delivered' });
    expect(await countNews()).toBe(1);
    expect(await lookAtMine()).toEqual([id]);
    expect(await countNews()).toBe(0);
    expect((await db.myItems.get(id))?.seenAt).toBe('2099-01-01T00:00:00.000Z');
  });

  it('tell the server when this phone flagged the idea, so it stays private there too', async () => {
    const id = await suggestName(POLL, 'words the phone flagged', { flaggedOnDevice: true });
    expect((await db.myItems.get(id))?.flaggedOnDevice).toBe(true);
    expect((await opsOf('poll.suggest')).map((o) => o.payload)).toEqual([{ pollId: POLL, label: 'words the phone flagged', flaggedOnDevice: true }]);
  });
});
