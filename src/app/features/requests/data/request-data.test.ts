import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { requestCreatePayloadSchema, type RequestView } from '../../../../shared/requests/request';
import { applyPull, applyPushResults } from '../../../storage/apply-pull';
import { db } from '../../../storage/db';
import { forgetDraftsIfFled, markFled } from '../../../storage/drafts';
import type { RequestAnswers } from '../model/request-form';
import { askNextStage, markCodeKept, replyToRequest } from './request-data';
import { IncompleteRequestError, saveRequestDraft, sendRequest } from './request-drafts';

const answers: RequestAnswers = {
  topic: 'school',
  details: 'Nobody told me about my new school',
  who: 'me',
  method: 'through-worker',
  worker: 'iro',
  wantsAdvocate: 'not-sure',
  when: 'recent',
};

const view = (id: string): RequestView => ({
  ref: 'HRD-7K3Q-9M2P',
  kind: 'complaint',
  topic: 'school',
  nation: 'england',
  status: 'received',
  stage: 1,
  receivedOn: '2026-12-02',
  dueOn: '2026-12-16',
  clockStoppedSince: null,
  respondedOn: null,
  outcome: null,
  nextStageBy: null,
  canEscalate: false,
  ombudsman: 'lgsco',
  advocacy: 'not-asked',
  urgent: false,
  messages: [{ id: `${id}-m`, from: 'council', text: 'We have it', at: '2026-12-02T12:00:00.000Z', signedAs: 'Sam' }],
  updatedAt: '2026-12-02T12:00:00.000Z',
});

beforeEach(async () => {
  await db.delete();
  await db.open();
  localStorage.clear();
});
afterEach(() => db.close());

describe('sending a request', () => {
  it('queues the op, adds the my-item, keeps the check code and deletes the draft, together', async () => {
    await saveRequestDraft('complaint', { step: 7, answers });
    const id = await sendRequest('complaint', answers, false);
    const [op] = await db.outbox.toArray();
    expect(op).toMatchObject({ id, type: 'request.create', state: 'queued' });
    const payload = requestCreatePayloadSchema.parse(op?.payload);
    expect(payload).toMatchObject({ kind: 'complaint', topic: 'school', urgent: false });
    expect(await db.myItems.get(id)).toMatchObject({ kind: 'request', parentId: 'complaint', text: answers.details, delivery: 'not-sent' });
    // The code in the op is the one kept on this phone; nothing else keeps it.
    expect(await db.requestCodes.get(id)).toEqual({ requestId: id, code: payload.checkCode, keptAt: null });
    expect(await db.requestDrafts.count()).toBe(0);
  });

  it('changes nothing when something is missing', async () => {
    await saveRequestDraft('complaint', { step: 2, answers: { topic: 'school' } });
    await expect(sendRequest('complaint', { topic: 'school' }, false)).rejects.toBeInstanceOf(IncompleteRequestError);
    expect([await db.outbox.count(), await db.myItems.count(), await db.requestCodes.count(), await db.requestDrafts.count()]).toEqual([0, 0, 0, 1]);
  });

  it('a doubted request goes as urgent and its item remembers the doubt', async () => {
    const id = await sendRequest('advocate', answers, true);
    expect((await db.outbox.get({ id }))?.payload).toMatchObject({ urgent: true, flaggedOnDevice: true, wantsAdvocate: 'yes' });
    expect(await db.myItems.get(id)).toMatchObject({ flaggedOnDevice: true });
  });

  it('after delivery the pull brings its reference, stage and messages, and keeps them when the next pull has none', async () => {
    const id = await sendRequest('complaint', answers, false);
    await applyPushResults([{ id, status: 'accepted', ref: 'HRD-7K3Q-9M2P' }]);
    expect(await db.myItems.get(id)).toMatchObject({ delivery: 'delivered' });
    const row = {
      id,
      kind: 'request' as const,
      state: 'delivered' as const,
      reason: null,
      themeIds: [],
      feedItemIds: [],
      updatedAt: '2026-12-02T12:00:00.000Z',
    };
    await applyPull({ myItems: [{ ...row, request: view(id) }] }, '5');
    expect((await db.myItems.get(id))?.request?.ref).toBe('HRD-7K3Q-9M2P');
    expect(await db.myItems.get(id)).toMatchObject({ text: answers.details });
    // A newer view replaces it; a row without one leaves the last one in place.
    await applyPull({ myItems: [{ ...row, updatedAt: '2026-12-03T09:00:00.000Z', request: { ...view(id), stage: 2 } }] }, '6');
    expect((await db.myItems.get(id))?.request?.stage).toBe(2);
    await applyPull({ myItems: [{ ...row, updatedAt: '2026-12-04T09:00:00.000Z' }] }, '7');
    expect((await db.myItems.get(id))?.request?.stage).toBe(2);
  });

  it('"I have written it down" keeps the code, no longer large', async () => {
    const id = await sendRequest('complaint', answers, false);
    await markCodeKept(id);
    expect((await db.requestCodes.get(id))?.keptAt).toEqual(expect.any(String));
  });
});

describe('replies and the next stage', () => {
  it('each is an op in the outbox, about the request', async () => {
    const id = await sendRequest('complaint', answers, false);
    await replyToRequest(id, '  Thank you  ');
    await askNextStage(id, 2, ' ');
    await askNextStage(id, 3, 'Still not fixed');
    const ops = (await db.outbox.orderBy('seq').toArray()).slice(1).map((o) => [o.type, o.payload]);
    expect(ops).toEqual([
      ['request.message', { requestId: id, text: 'Thank you' }],
      ['request.escalate', { requestId: id, toStage: 2 }],
      ['request.escalate', { requestId: id, toStage: 3, reason: 'Still not fixed' }],
    ]);
  });
});

describe('a quick exit', () => {
  it('forgets a request half written, never one sent, nor its check code', async () => {
    const id = await sendRequest('complaint', answers, false);
    await saveRequestDraft('advocate', { step: 1, answers: { details: 'half written' } });
    markFled();
    await forgetDraftsIfFled();
    expect(await db.requestDrafts.count()).toBe(0);
    expect(await db.outbox.get({ id })).toBeDefined();
    expect(await db.requestCodes.get(id)).toBeDefined();
  });
});
