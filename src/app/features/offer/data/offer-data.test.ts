import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../storage/db';
import { NO_ANSWERS } from '../model/for-me';
import { clearForMeAnswers, markSeen, removeFromList, saveForMeAnswers, saveToList } from './offer-data';

beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterEach(() => db.close());

describe('the offer on this phone', () => {
  it('marks the version seen, never lowering it', async () => {
    await markSeen('offer-a', 2);
    await markSeen('offer-a', 1);
    expect(await db.offerSeen.get('offer-a')).toEqual({ id: 'offer-a', version: 2 });
    await markSeen('offer-a', 3);
    expect(await db.offerSeen.get('offer-a')).toEqual({ id: 'offer-a', version: 3 });
  });

  it('keeps my list on the phone and sends nothing', async () => {
    await saveToList('offer-a');
    await saveToList('offer-b');
    expect((await db.offerSaved.toArray()).map((r) => r.id).sort()).toEqual(['offer-a', 'offer-b']);
    await removeFromList('offer-a');
    expect((await db.offerSaved.toArray()).map((r) => r.id)).toEqual(['offer-b']);
    expect(await db.outbox.count()).toBe(0);
  });

  it('keeps the for-me answers in a meta row, cleared on request, and queues nothing', async () => {
    await saveForMeAnswers({ ...NO_ANSWERS, age: 19, outOfArea: 'yes' });
    expect((await db.meta.get('offerForMe'))?.value).toMatchObject({ age: 19, outOfArea: 'yes' });
    await clearForMeAnswers();
    expect(await db.meta.get('offerForMe')).toBeUndefined();
    expect(await db.outbox.count()).toBe(0);
  });
});
