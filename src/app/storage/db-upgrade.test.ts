// A phone on an older schema opens the new one with everything it had: queued and refused ops, drafts, its device and
// cursor, and the content it pulled. Each schema version gets its case here.
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HeardDb } from './db';
import { DB_NAME } from './db-name';

/** Version 1's stores, as shipped: a phone that installed Heard before surveys has exactly these. */
const VERSION_1 = {
  outbox: '++seq, &id, state',
  drafts: '&key',
  meta: '&key',
  council: '&id',
  wallPrompts: '&id, sortOrder',
  wallPosts: '&id, promptId, publishedAt',
  themes: '&id',
  feedItems: '&id, publishedAt, updatedAt, districtId, status',
  polls: '&id',
  myItems: '&id, kind, createdAt',
  myReactions: '&itemId',
  myVotes: '&pollId',
  myMeToos: '&postId',
  feedSeen: '&itemId',
};

/** Version 2's stores, as shipped (version 1's and the pulled surveys). */
const VERSION_2 = { ...VERSION_1, surveys: '&id, band' };

const queued = {
  id: '00000000-0000-4000-8000-000000000001',
  type: 'wall.post',
  payload: { promptId: '00000000-0000-4000-8000-000000000002', text: 'More football' },
  createdAt: '2026-12-01T10:00:00.000Z',
  state: 'queued',
  attempts: 3,
};
const refused = { ...queued, id: '00000000-0000-4000-8000-000000000003', state: 'rejected', code: 'closed', message: 'Closed.' };
const device = { deviceId: 'd1', token: 't1', councilId: 'c1', joinedAt: '2026-12-01T09:00:00.000Z' };

beforeEach(async () => {
  await Dexie.delete(DB_NAME);
});
afterEach(async () => {
  await Dexie.delete(DB_NAME);
});

describe('schema upgrades', () => {
  it('version 1 → 2 (surveys) keeps every queued op, draft, setting and pulled row, adds an empty surveys table and pulls again from 0', async () => {
    const old = new Dexie(DB_NAME);
    old.version(1).stores(VERSION_1);
    await old.table('outbox').bulkAdd([queued, refused]);
    await old.table('drafts').put({ key: 'wall:p1', text: 'half a thought', updatedAt: '2026-12-01T10:01:00.000Z' });
    await old.table('meta').bulkPut([
      { key: 'device', value: device },
      { key: 'cursor', value: '42' },
    ]);
    await old.table('polls').put({ id: 'poll1', term: 'contact', question: { en: 'Q' }, open: true, options: [], adoptedOptionId: null });
    old.close();

    const db = new HeardDb();
    await db.open();
    expect(db.verno).toBe(7);
    expect((await db.outbox.orderBy('seq').toArray()).map(({ seq: _seq, ...row }) => row)).toEqual([queued, refused]);
    expect(await db.outbox.where('state').equals('queued').count()).toBe(1);
    expect(await db.drafts.get('wall:p1')).toMatchObject({ text: 'half a thought' });
    expect(await db.meta.get('device')).toEqual({ key: 'device', value: device });
    // Pulled again from the start once, so the surveys published before the phone had their table arrive.
    expect(await db.meta.get('cursor')).toEqual({ key: 'cursor', value: '0' });
    expect(await db.polls.get('poll1')).toMatchObject({ term: 'contact' });
    expect(await db.surveys.count()).toBe(0);
    // A new op still takes the next number after the kept ones.
    const seq = await db.outbox.add({ ...queued, id: '00000000-0000-4000-8000-000000000004', type: 'wall.post', state: 'queued' });
    expect(seq).toBeGreaterThan(2);
    db.close();
  });

  it('version 1 → 2 leaves a phone that has not joined without a cursor', async () => {
    const old = new Dexie(DB_NAME);
    old.version(1).stores(VERSION_1);
    await old.table('meta').put({ key: 'language', value: 'cy' });
    old.close();
    const db = new HeardDb();
    await db.open();
    expect(await db.meta.get('cursor')).toBeUndefined();
    expect(await db.meta.get('language')).toEqual({ key: 'language', value: 'cy' });
    db.close();
  });

  it('version 2 → 4 (survey drafts) keeps every queued and refused op, draft, setting, cursor and pulled survey', async () => {
    const old = new Dexie(DB_NAME);
    old.version(2).stores(VERSION_2);
    const survey = { id: 'hows-life-8-11', round: 'hows-life', version: 1, band: '8-11', questions: [] };
    await old.table('outbox').bulkAdd([queued, refused]);
    await old.table('drafts').put({ key: 'wall:p1', text: 'half a thought', updatedAt: '2026-12-01T10:01:00.000Z' });
    await old.table('meta').bulkPut([
      { key: 'device', value: device },
      { key: 'cursor', value: '42' },
    ]);
    await old.table('surveys').put(survey);
    old.close();

    const db = new HeardDb();
    await db.open();
    expect(db.verno).toBe(7);
    expect((await db.outbox.orderBy('seq').toArray()).map(({ seq: _seq, ...row }) => row)).toEqual([queued, refused]);
    expect(await db.drafts.get('wall:p1')).toMatchObject({ text: 'half a thought' });
    expect(await db.meta.get('device')).toEqual({ key: 'device', value: device });
    // Version 3 adds no collection to pull; version 5 (survey findings) pulls again from 0 once.
    expect(await db.meta.get('cursor')).toEqual({ key: 'cursor', value: '0' });
    expect(await db.surveys.get('hows-life-8-11')).toEqual(survey);
    expect(await db.surveyDrafts.count()).toBe(0);
    expect(await db.surveysDone.count()).toBe(0);
    db.close();
  });

  it('version 2 → 5 (the IRO device) keeps every queued op and pulled survey, and adds empty sealed, tally and kit tables', async () => {
    const old = new Dexie(DB_NAME);
    old.version(1).stores(VERSION_1);
    old.version(2).stores({ surveys: '&id, band' });
    await old.table('outbox').bulkAdd([queued, refused]);
    await old.table('surveys').put({ id: 'hows-life-8-11', band: '8-11' });
    old.close();
    const db = new HeardDb();
    await db.open();
    expect(db.verno).toBe(7);
    expect((await db.outbox.orderBy('seq').toArray()).map(({ seq: _seq, ...row }) => row)).toEqual([queued, refused]);
    expect(await db.surveys.count()).toBe(1);
    expect([await db.sealedQueue.count(), await db.iroTallies.count(), await db.iroKit.count()]).toEqual([0, 0, 0]);
    db.close();
  });

  it('version 4 → 5 (survey findings) keeps the surveys and queued ops, adds an empty findings table and pulls again from 0', async () => {
    const old = new Dexie(DB_NAME);
    old.version(1).stores(VERSION_1);
    old.version(2).stores({ surveys: '&id, band' });
    old.version(3).stores({ surveyDrafts: '&surveyId', surveysDone: '&key' });
    old.version(4).stores({ sealedQueue: '&entryId, state', iroTallies: '&entryId, state', iroKit: '&councilId' });
    await old.table('outbox').add({ ...queued });
    await old.table('meta').put({ key: 'cursor', value: '77' });
    await old.table('surveys').put({ id: 'hows-life-8-11', band: '8-11', version: 1 });
    old.close();
    const db = new HeardDb();
    await db.open();
    expect(db.verno).toBe(7);
    expect((await db.outbox.toArray()).map(({ seq: _seq, ...row }) => row)).toEqual([queued]);
    expect(await db.surveys.get('hows-life-8-11')).toMatchObject({ version: 1 });
    expect(await db.meta.get('cursor')).toEqual({ key: 'cursor', value: '0' });
    expect(await db.surveyFindings.count()).toBe(0);
    db.close();
  });

  it('version 5 → 6 (requests) keeps every queued and refused op, draft, my-item and cursor, and adds empty request drafts and codes', async () => {
    const old = new Dexie(DB_NAME);
    old.version(1).stores(VERSION_1);
    old.version(2).stores({ surveys: '&id, band' });
    old.version(3).stores({ surveyDrafts: '&surveyId', surveysDone: '&key' });
    old.version(4).stores({ sealedQueue: '&entryId, state', iroTallies: '&entryId, state', iroKit: '&councilId' });
    old.version(5).stores({ surveyFindings: '&id, round' });
    await old.table('outbox').bulkAdd([queued, refused]);
    await old.table('drafts').put({ key: 'wall:p1', text: 'half a thought', updatedAt: '2026-12-01T10:01:00.000Z' });
    await old.table('surveyDrafts').put({ surveyId: 's1', version: 1, answers: { feel: 'ok' }, index: 2, updatedAt: '2026-12-01T10:02:00.000Z' });
    await old.table('myItems').put({ id: queued.id, kind: 'wall-post', text: 'More football', parentId: 'p', createdAt: queued.createdAt });
    await old.table('meta').bulkPut([
      { key: 'device', value: device },
      { key: 'cursor', value: '88' },
    ]);
    old.close();
    const db = new HeardDb();
    await db.open();
    expect(db.verno).toBe(7);
    expect((await db.outbox.orderBy('seq').toArray()).map(({ seq: _seq, ...row }) => row)).toEqual([queued, refused]);
    expect(await db.drafts.get('wall:p1')).toMatchObject({ text: 'half a thought' });
    expect(await db.surveyDrafts.get('s1')).toMatchObject({ index: 2 });
    expect(await db.myItems.get(queued.id)).toMatchObject({ text: 'More football' });
    // Version 6 adds no pulled collection; version 7 (the local offer) pulls again from 0 once.
    expect(await db.meta.get('cursor')).toEqual({ key: 'cursor', value: '0' });
    expect([await db.requestDrafts.count(), await db.requestCodes.count()]).toEqual([0, 0]);
    // The new tables take a draft and a code.
    await db.requestDrafts.put({ kind: 'complaint', step: 1, answers: { topic: 'school' }, updatedAt: '2026-12-01T10:03:00.000Z' });
    await db.requestCodes.put({ requestId: queued.id, code: '23456789AB', keptAt: null });
    expect(await db.requestDrafts.get('complaint')).toMatchObject({ step: 1 });
    db.close();
  });

  it('version 6 → 7 (the local offer) keeps every queued and refused op, draft, request draft and code, adds empty offer tables and pulls again from 0', async () => {
    const old = new Dexie(DB_NAME);
    old.version(1).stores(VERSION_1);
    old.version(2).stores({ surveys: '&id, band' });
    old.version(3).stores({ surveyDrafts: '&surveyId', surveysDone: '&key' });
    old.version(4).stores({ sealedQueue: '&entryId, state', iroTallies: '&entryId, state', iroKit: '&councilId' });
    old.version(5).stores({ surveyFindings: '&id, round' });
    old.version(6).stores({ requestDrafts: '&kind', requestCodes: '&requestId' });
    await old.table('outbox').bulkAdd([queued, refused]);
    await old.table('drafts').put({ key: 'wall:p1', text: 'half a thought', updatedAt: '2026-12-01T10:01:00.000Z' });
    await old
      .table('requestDrafts')
      .put({ kind: 'complaint', step: 2, answers: { topic: 'school', details: 'the bus' }, updatedAt: '2026-12-01T10:03:00.000Z' });
    await old.table('requestCodes').put({ requestId: queued.id, code: '23456789AB', keptAt: null });
    await old.table('surveyDrafts').put({ surveyId: 's1', version: 1, answers: { feel: 'ok' }, index: 2, updatedAt: '2026-12-01T10:02:00.000Z' });
    await old.table('meta').bulkPut([
      { key: 'device', value: device },
      { key: 'cursor', value: '99' },
      { key: 'surveyProfile', value: { age: 17 } },
    ]);
    old.close();
    const db = new HeardDb();
    await db.open();
    expect(db.verno).toBe(7);
    expect((await db.outbox.orderBy('seq').toArray()).map(({ seq: _seq, ...row }) => row)).toEqual([queued, refused]);
    expect(await db.outbox.where('state').equals('queued').count()).toBe(1);
    expect(await db.drafts.get('wall:p1')).toMatchObject({ text: 'half a thought' });
    expect(await db.requestDrafts.get('complaint')).toMatchObject({ step: 2, answers: { details: 'the bus' } });
    expect(await db.requestCodes.get(queued.id)).toMatchObject({ code: '23456789AB' });
    expect(await db.surveyDrafts.get('s1')).toMatchObject({ index: 2 });
    expect(await db.meta.get('device')).toEqual({ key: 'device', value: device });
    expect(await db.meta.get('surveyProfile')).toEqual({ key: 'surveyProfile', value: { age: 17 } });
    // Pulled again from the start once, so offer items published before the phone had their table arrive.
    expect(await db.meta.get('cursor')).toEqual({ key: 'cursor', value: '0' });
    expect([await db.offerItems.count(), await db.offerSeen.count(), await db.offerSaved.count()]).toEqual([0, 0, 0]);
    await db.offerSaved.put({ id: 'offer-setting-up-home', savedAt: '2026-12-01T10:04:00.000Z' });
    await db.offerSeen.put({ id: 'offer-setting-up-home', version: 1 });
    expect(await db.offerSaved.get('offer-setting-up-home')).toMatchObject({ savedAt: '2026-12-01T10:04:00.000Z' });
    db.close();
  });
});
